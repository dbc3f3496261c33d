package org.safeguarding.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.jira.assessment.AssessmentJson;
import org.safeguarding.jira.cases.ScreeningJsonReader;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SupportNeed;

/**
 * One assessment: a typical screening (an adult, every question answered, a few signs), the worst case (every
 * indicator ticked, every answer worrying), and the REST path without HTTP (parse JSON, assess, build the response),
 * with its first part (the request read and checked) and what follows it (the answer written as JSON) alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssessmentBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Organisation CHARITY = new Organisation(false, false);
    static final String TYPICAL_JSON = "{\"immediateDanger\":\"no\",\"ageGroup\":\"adult\","
            + "\"nation\":\"england\",\"consent\":\"given\",\"supportNeeds\":[\"safe-place-to-stay\",\"legal-advice\"],"
            + "\"indicatorsSeen\":[\"physical.neglected\",\"situational.documents-held\"],"
            + "\"answers\":{\"journey-arranged\":\"yes\",\"owes-money\":\"yes\",\"forced-or-held\":\"no\","
            + "\"promised-differently\":\"yes\",\"documents-held\":\"yes\",\"free-to-leave\":\"yes\","
            + "\"arranged-living-and-work\":\"yes\",\"pay-controlled\":\"no\",\"long-hours\":\"yes\","
            + "\"threats\":\"no\",\"can-contact-family\":\"yes\",\"still-in-contact\":\"no\","
            + "\"others-affected\":\"not-sure\",\"worried-again\":\"yes\"}}";

    private final Screening typical = typical();
    private final Screening worst = worst();
    private final Texts texts = new PropertiesTexts();
    private final ObjectMapper json = new ObjectMapper();
    private final AssessmentJson typicalAnswer = restPathWithoutHttp();

    @Benchmark
    public Assessment assessTypicalScreening() {
        return Assessor.assess(typical, CHARITY, TODAY);
    }

    @Benchmark
    public Assessment assessWorstCaseScreening() {
        return Assessor.assess(worst, CHARITY, TODAY);
    }

    @Benchmark
    public AssessmentJson restPathWithoutHttp() {
        Screening screening = ScreeningJsonReader.read(TYPICAL_JSON, TODAY).screening();
        return AssessmentJson.of(Assessor.assess(screening, CHARITY, TODAY), texts);
    }

    /** The request read and checked: the first part of the REST path. */
    @Benchmark
    public Screening readTypicalRequest() {
        return ScreeningJsonReader.read(TYPICAL_JSON, TODAY).screening();
    }

    /** The answer written by Jackson, as Jersey's Jackson provider writes it: what the REST path leaves to the host. */
    @Benchmark
    public String writeTypicalAnswer() throws JsonProcessingException {
        return json.writeValueAsString(typicalAnswer);
    }

    private static Screening typical() {
        Screening.Builder builder = Screening.builder().immediateDanger(Answer.NO).ageGroup(AgeGroup.ADULT)
                .nation(Nation.ENGLAND).consent(Consent.GIVEN)
                .supportNeeds(List.of(SupportNeed.SAFE_PLACE_TO_STAY, SupportNeed.LEGAL_ADVICE))
                .indicatorsSeen(List.of(Indicator.PHYSICAL_NEGLECTED, Indicator.SITUATIONAL_DOCUMENTS_HELD));
        for (Question question : Question.values()) {
            builder.answer(question, question.ordinal() % 3 == 0 ? Answer.YES : Answer.NO);
        }
        return builder.build();
    }

    private static Screening worst() {
        Screening.Builder builder = Screening.builder().immediateDanger(Answer.NOT_SURE).ageGroup(AgeGroup.NOT_SURE)
                .dateOfBirth(TODAY.minusYears(30)).supportNeeds(EnumSet.allOf(SupportNeed.class))
                .indicatorsSeen(EnumSet.allOf(Indicator.class));
        for (Question question : Question.values()) {
            builder.answer(question, question.worryingAnswer().orElse(Answer.YES));
        }
        return builder.build();
    }
}
