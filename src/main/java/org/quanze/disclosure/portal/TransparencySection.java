package org.quanze.disclosure.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quanze.statistics.SituationSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The transparency figures of 审判流程公开 on the situation-analysis page, for the page's scope and period. */
@Component
class TransparencySection implements SituationSection {

    private final Transparency transparency;
    private final MessageSource messages;

    TransparencySection(Transparency transparency, MessageSource messages) {
        this.transparency = transparency;
        this.messages = messages;
    }

    @Override
    public String titleKey() {
        return "affairs.figures";
    }

    @Override
    public List<Line> lines(Set<Long> courtIds, LocalDate from, LocalDate to) {
        Transparency.Figures f = transparency.of(courtIds, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = new ArrayList<>(List.of(
                new Line("affairs.casesOpen", List.of(), String.valueOf(f.casesOpenToQuery())),
                new Line("affairs.casesQueried", List.of(), String.valueOf(f.casesQueried())),
                new Line("affairs.queries", List.of(), String.valueOf(f.queries())),
                new Line("affairs.queryRate", List.of(), percent(f.queryRate())),
                new Line("affairs.liveStreamed", List.of(), f.liveStreamedHearings() + " / " + f.hearings()),
                new Line("affairs.liveShare", List.of(), percent(f.liveStreamShare()))));
        for (Transparency.NoticeCount n : f.notices()) {
            lines.add(new Line("affairs.notices", List.of(messages.getMessage("affairs.channel." + n.channel(), null, locale),
                    messages.getMessage("affairs.status." + n.status(), null, locale)), String.valueOf(n.count())));
        }
        return lines;
    }

    private static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
