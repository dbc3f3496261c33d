package org.safeguarding.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.safeguarding.jira.assessment.AssessmentJson;
import org.safeguarding.jira.cases.ScreeningJsonReader;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Screening;

public class ScratchProbe {
    public static void main(String[] args) throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 29);
        PropertiesTexts texts = new PropertiesTexts();
        ObjectMapper json = new ObjectMapper();
        Screening screening = ScreeningJsonReader.read(AssessmentBenchmark.TYPICAL_JSON, today).screening();
        Assessment assessment = Assessor.assess(screening, new Organisation(false, false), today);
        AssessmentJson out = AssessmentJson.of(assessment, texts);
        Supplier<?> read = () -> ScreeningJsonReader.read(AssessmentBenchmark.TYPICAL_JSON, today);
        Supplier<?> assess = () -> Assessor.assess(screening, new Organisation(false, false), today);
        Supplier<?> toJson = () -> AssessmentJson.of(assessment, texts);
        Supplier<?> write = () -> { try { return json.writeValueAsString(out); } catch (Exception e) { throw new RuntimeException(e); } };
        Supplier<?> text = () -> texts.text("safeguarding.level.high");
        String[] names = {"read", "assess", "toJson", "write", "one text"};
        Supplier<?>[] all = {read, assess, toJson, write, text};
        System.out.println("json bytes " + json.writeValueAsString(out).length());
        for (int i = 0; i < all.length; i++) {
            for (int w = 0; w < 3; w++) {
                long start = System.nanoTime(); int n = 0;
                while (System.nanoTime() - start < 1_000_000_000L) { all[i].get(); n++; }
                if (w == 2) System.out.println(names[i] + " " + (System.nanoTime() - start) / n / 1000.0 + " us");
            }
        }
    }
}
