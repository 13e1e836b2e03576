package org.quanze.statistics;

import org.quanze.shared.DomainException;

/** A statistics request that cannot be answered as asked (400/404), with its reason in Chinese. */
public class StatisticsRefusal extends DomainException {

    private StatisticsRefusal(int status, String code, String message, Object... args) {
        super(status, code, message, args);
    }

    public static StatisticsRefusal unknownIndicator(String code) {
        return new StatisticsRefusal(404, "statistics.unknown-indicator", "没有代码为「" + code + "」的指标", code);
    }

    public static StatisticsRefusal unknownCourt(String code) {
        return new StatisticsRefusal(404, "statistics.unknown-court", "没有代字为「" + code + "」的法院", code);
    }

    public static StatisticsRefusal badPeriod(Object from, Object to) {
        return new StatisticsRefusal(400, "statistics.bad-period", "统计期间不正确：" + from + " 至 " + to, from, to);
    }

    public static StatisticsRefusal noCaseList(String code) {
        return new StatisticsRefusal(400, "statistics.no-case-list",
                "指标「" + code + "」的分母是期末在岗员额法官人数，不是案件", code);
    }
}
