/**
 * 审判责任认定与追究 — accountability: clues (线索), proceedings from preliminary review (初核) to archive, the judge's
 * rights (知情、申请回避、陈述、举证、辩解、异议、复议、申诉; 法官法 第49–50条), the structured assessment aid (意见 第26–28条)
 * and the allocation of responsibility from the record. Never an automatic decision: no figure opens a proceeding; a
 * person does, with reasons.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization", "casefile",
        "trail", "supervision", "review", "deliberation"})
package org.quanze.accountability;
