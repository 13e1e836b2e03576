/**
 * 裁判文书公开 — publication of judgments on the internet under 法释〔2016〕19号: anonymisation (隐名, 第8–9条),
 * deletion of personal data (删除, 第10条) and what stays (保留, 第11条), in two policies (the 2016 rule and the
 * all-parties practice of 2026); the documents attached to closed cases with their versions, and their publication
 * (第3条), withholding with its notice (第4条, 第6条, 「其他情形」 approved by the president, 第12条), withdrawal and
 * republication (第16条) within 7 working days of a calendar held as data (第7条); the public search; the 双百 check.
 * Others read it through {@link org.quanze.disclosure.Disclosures} and {@link org.quanze.disclosure.PublicationChanged}.
 * 审判流程公开 (sub-package {@code portal}, issue 15): the parties' portal, notices on every step and court-affairs
 * disclosure, reading cases through casefile's API; its events on cases (with a former portal's imported record) are
 * published for the statistics catalogue as {@link org.quanze.disclosure.facts.CaseEventFacts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "authority", "organization", "casefile",
        "casefile :: facts"})
package org.quanze.disclosure;
