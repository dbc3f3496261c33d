package org.safeguarding.jira.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SelfCheckWords;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;

/** The administration page's account of the self-check: in words, when, and each missing member with its parts. */
final class SelfCheckSection {
    private SelfCheckSection() {
    }

    static Map<String, Object> of(SelfCheck.Result result, Texts texts, ZoneId zone) {
        List<Map<String, Object>> missing = SelfCheckWords.lines(result, texts).stream().map(line ->
                Map.<String, Object>of("member", line.member(), "problem", line.problem(),
                        "switchedOff", String.join("; ", line.switchedOff()))).toList();
        return Map.of("summary", SelfCheckWords.summary(result, texts), "allPresent", result.allPresent(),
                "checkedAt", UkDates.dayAndTime(LocalDateTime.ofInstant(result.checkedAt(), zone)),
                "missing", missing, "hasMissing", !missing.isEmpty());
    }
}
