/**
 * 裁判文书公开 — publication of judgments on the internet under 法释〔2016〕19号: anonymisation (隐名, 第8–9条),
 * deletion of personal data (删除, 第10条) and what stays (保留, 第11条), in two policies (the 2016 rule and the
 * all-parties practice of 2026).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization", "casefile", "casefile :: facts"})
package org.quanze.disclosure;
