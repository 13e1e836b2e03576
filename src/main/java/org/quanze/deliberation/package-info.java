/**
 * 合议评议、专业法官会议、审判委员会 — collegial deliberation records signed by every member, professional judges'
 * meetings that advise, and the adjudication committee that decides and binds the panel (人民法院组织法 第36–39条,
 * 民诉法 第45条, 法发〔2021〕2号).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "authority", "organization", "casefile", "trail", "supervision"})
package org.quanze.deliberation;
