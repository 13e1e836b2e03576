/**
 * 裁判文书公开 — publication of judgments on the internet under 法释〔2016〕19号: anonymisation (隐名, 第8–9条),
 * deletion of personal data (删除, 第10条) and what stays (保留, 第11条), in two policies (the 2016 rule and the
 * all-parties practice of 2026). 审判流程公开 (sub-package {@code portal}, issue 15): the parties' portal, notices on
 * every step and court-affairs disclosure, reading cases through casefile's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "casefile", "organization", "authority", "statistics"})
package org.quanze.disclosure;
