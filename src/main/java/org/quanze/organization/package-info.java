/**
 * 组织机构 — courts in three levels plus special courts, departments, staff with roles and posts, quota (员额) terms
 * and trial teams; imports and exports of courts and staff as CSV and .xlsx.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority"})
package org.quanze.organization;
