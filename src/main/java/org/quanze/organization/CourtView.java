package org.quanze.organization;

import org.quanze.shared.CourtLevel;

/** A court as other modules see it: 法院代字 (code), name, level, special kind and parent. */
public record CourtView(long id, String code, String name, CourtLevel level, SpecialCourt special, Long parentId,
        String parentCode) {
}
