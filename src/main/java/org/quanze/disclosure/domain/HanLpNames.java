package org.quanze.disclosure.domain;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Person names by HanLP (portable edition: its dictionaries and the role-tagging name model ship inside the jar,
 * so nothing is downloaded at run time). Chinese (nr), transliterated foreign (nrf) and Japanese (nrj) names.
 */
public final class HanLpNames implements NameRecogniser {

    /** Created on the first question: loading the dictionaries takes seconds and most documents never ask. */
    private Segment segment;

    @Override
    public synchronized int nameLengthAt(String text, int at) {
        if (segment == null) {
            segment = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                    .enableJapaneseNameRecognize(false);
        }
        int to = Math.min(text.length(), at + 12);
        List<Term> terms = segment.seg(text.substring(at, to));
        if (terms.isEmpty()) {
            return 0;
        }
        Term first = terms.get(0);
        String nature = String.valueOf(first.nature);
        int length = first.word.length();
        return nature.startsWith("nr") && length >= 2 && length <= 6 ? length : 0;
    }
}
