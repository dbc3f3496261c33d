package org.safeguarding.upgrade;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.safeguarding.jira.accesslog.AoAccessLog;
import org.safeguarding.jira.cases.PluginSettingsSetupStore;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.connections.AoCaseMarkers;
import org.safeguarding.jira.directory.AoDirectoryStore;
import org.safeguarding.jira.directory.CachedDirectory;
import org.safeguarding.jira.leads.AoLeadsTold;
import org.safeguarding.jira.plan.AoPlanReads;
import org.safeguarding.jira.platform.AppVersion;
import org.safeguarding.jira.platform.DataVersion;
import org.safeguarding.jira.platform.PluginSettingsAppSettings;
import org.safeguarding.jira.records.AoClosedCases;
import org.safeguarding.jira.records.PluginSettingsRetentionReports;
import org.safeguarding.jira.records.RetentionReports;
import org.safeguarding.jira.sharing.AoAgencyLog;
import org.safeguarding.jira.staff.AoTrainingRecords;
import org.safeguarding.jira.staff.PluginSettingsStaffDepartures;
import org.safeguarding.preview.InMemoryPluginSettings;
import org.safeguarding.preview.LocalCaches;
import org.safeguarding.preview.LocalLocks;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.ClosedCase;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.referral.StaffTraining;
import org.safeguarding.referral.TrainingCourse;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.RiskLevel;

/**
 * What the app stores in Jira's database, through the app's own stores over {@link InMemoryActiveObjects} and plugin
 * settings in memory: a version's start-up run over it, the data a version writes, and what a version reads back,
 * as lines of words ({@link #report()}). A version's fixture is what {@link #write()} stored, frozen with the report
 * that version read; every later version must still read each line of it.
 */
final class StoredData {
    static final List<String> CASES = List.of("SG-1", "SG-2", "SG-3");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private static final String ADMIN = "u-admin";

    final InMemoryActiveObjects ao = new InMemoryActiveObjects();
    final InMemoryPluginSettings factory = new InMemoryPluginSettings();
    final Map<String, Object> settings = factory.values();
    private final AoAccessLog accessLog = new AoAccessLog(ao);
    private final AoAgencyLog agencyLog = new AoAgencyLog(ao);
    private final AoLeadsTold leadsTold = new AoLeadsTold(ao);
    private final AoClosedCases closedCases = new AoClosedCases(ao);
    private final AoDirectoryStore directory = new AoDirectoryStore(ao, CLOCK);
    private final AoPlanReads planReads = new AoPlanReads(ao);
    private final AoTrainingRecords training = new AoTrainingRecords(ao);
    private final AoCaseMarkers markers = new AoCaseMarkers(ao, new LocalLocks());
    private final PluginSettingsStaffDepartures departures = new PluginSettingsStaffDepartures(factory);
    private final PluginSettingsAppSettings appSettings = new PluginSettingsAppSettings(factory);
    private final PluginSettingsRetentionReports retention = new PluginSettingsRetentionReports(factory);
    private final PluginSettingsSetupStore setupIds = new PluginSettingsSetupStore(factory, new LocalCaches());
    final DataVersion dataVersion = new DataVersion(factory, new AppVersion());

    /**
     * What a new version does with stored data when it starts, on one node: it records that it has used the data, and
     * brings the directory up to date.
     */
    void startUp() {
        dataVersion.started();
        new CachedDirectory(new LocalCaches(), directory, new LocalLocks()).directory();
    }

    /** A few weeks of a shelter's work, as this version stores it. */
    void write() {
        startUp();
        appSettings.save(new AppSettings(Set.of(Nation.SCOTLAND, Nation.ENGLAND), true, false, "safeguarding-leads",
                null, 6, true, null, "https://intranet.example.org/safeguarding", "Haven Shelter", "0141 496 0000",
                "front-line-staff", 12, 6));
        setupIds.save(new SetupIds(Map.of("issueType", "10100", "field.nation", "customfield_10200",
                "option.nation.scotland", "10301", "screen", "500", "workerScreen", "505", "eventType", "10300")));
        accessLog.append(new CaseAccess("SG-1", "u-worker", at("2026-11-30T20:16:00Z"), AccessKind.VIEWED, null));
        accessLog.append(new CaseAccess("SG-1", "u-lead", at("2026-12-01T09:05:00Z"), AccessKind.TRANSITIONED,
                "Refer"));
        accessLog.append(new CaseAccess("SG-1", "u-lead", at("2026-12-01T09:30:00Z"), AccessKind.PRINTED,
                "safeguarding.access.detail.handout"));
        accessLog.append(new CaseAccess("SG-2", "u-lead", at("2026-12-02T11:00:00Z"), AccessKind.EXPORTED,
                "safeguarding.access.detail.subject-access"));
        AgencyShare.Recorded toPolice = agencyLog.append("SG-1", "u-lead", at("2026-12-01T09:40:00Z"),
                new AgencyShare(Agency.POLICE, "Police Scotland", LocalDate.of(2026, 12, 1), SharingChannel.PHONE,
                        "Where she works and when she is collected", LawfulBasis.PUBLIC_TASK,
                        SharingCondition.SAFEGUARDING, false, "Asking would alert him", "CR/123", Optional.empty()));
        agencyLog.append("SG-1", "u-lead", at("2026-12-01T10:00:00Z"), new AgencyShare(Agency.POLICE,
                "Police Scotland", LocalDate.of(2026, 12, 1), SharingChannel.PHONE, "Where she works",
                LawfulBasis.PUBLIC_TASK, SharingCondition.SAFEGUARDING, false, "Asking would alert him", "CR/124",
                Optional.of(toPolice.id())));
        agencyLog.append("SG-2", "u-lead", at("2026-12-02T12:00:00Z"), new AgencyShare(Agency.OTHER, "Her employer",
                LocalDate.of(2026, 12, 2), null, "Her address", null, null, false, null, null, Optional.empty(),
                Optional.of(new ShareDecision(false, "They asked to post her wages", "Sam", false, "He reads her post",
                        "He may control her", "REQ-9", true, Optional.empty()))));
        leadsTold.record("SG-1", new LeadsTold(LeadAlert.CONCERN_RAISED, at("2026-11-30T20:16:05Z"),
                List.of("Sam Lead"), Optional.of(RiskLevel.HIGH)));
        leadsTold.record("SG-1", new LeadsTold(LeadAlert.MISSING, at("2026-12-03T07:00:00Z"),
                List.of("Sam Lead", "Ola, Lead"), Optional.of(RiskLevel.IMMEDIATE_DANGER)));
        closedCases.closed("SG-2", LocalDate.of(2026, 12, 4), LocalDate.of(2032, 12, 4));
        closedCases.closed("SG-3", LocalDate.of(2026, 12, 4), null);
        closedCases.reopened("SG-3");
        retention.save(new RetentionReports.Report(LocalDate.of(2026, 12, 5), List.of(new ClosedCase("SG-2",
                LocalDate.of(2026, 12, 4), LocalDate.of(2032, 12, 4))), 1));
        Resource first = directory.all().get(0);
        directory.update(new Resource(first.id(), first.name(), first.phone(), first.url(), first.nations(),
                first.audience(), first.category(), first.languages(), LocalDate.of(2026, 12, 6), first.source(),
                "Checked by phone", first.retired(), first.genders()), ADMIN);
        directory.retire(directory.all().get(1).id(), ADMIN);
        directory.create(new Resource("haven-night-line", "Haven night line", "0141 496 0001", null,
                Set.of(Nation.SCOTLAND), first.audience(), first.category(), List.of("en", "ar"),
                LocalDate.of(2026, 12, 6), "Our own line", null, false, Set.of()), ADMIN);
        directory.recordReview("sq", new Explanation.Review("Arta Krasniqi", LocalDate.of(2026, 12, 6)), ADMIN);
        planReads.askOnce("u-worker", "3f2a9c1b", at("2026-12-01T09:00:00Z"));
        planReads.read("u-worker", "3f2a9c1b", at("2026-12-01T09:20:00Z"));
        planReads.askOnce("u-lead", "3f2a9c1b", at("2026-12-01T10:00:00Z"));
        training.record("u-worker", new StaffTraining.Trained(TrainingCourse.STOP_THE_TRAFFIK,
                LocalDate.of(2025, 11, 20)), "u-lead", at("2025-11-21T09:00:00Z"));
        training.record("u-worker", new StaffTraining.Trained(TrainingCourse.E_LEARNING, LocalDate.of(2026, 11, 30)),
                "u-lead", at("2026-12-01T09:00:00Z"));
        departures.save(Map.of("u-former", LocalDate.of(2026, 12, 6)));
        markers.add("SG-1", marker(MarkerKind.PLACE, "Sparkle Car Wash, 14 Mill Lane, M1 1AE"), "u-lead",
                at("2026-12-02T10:00:00Z"));
        markers.add("SG-2", marker(MarkerKind.PLACE, "sparkle car wash 14 mill lane m11ae"), "u-lead",
                at("2026-12-03T10:00:00Z"));
        markers.add("SG-1", marker(MarkerKind.PHONE, "07700 900123"), "u-lead", at("2026-12-02T10:05:00Z"));
    }

    private static Marker marker(MarkerKind kind, String typed) {
        return Marker.of(kind, typed).marker().orElseThrow();
    }

    /** What this version reads of everything stored, a line per fact, in words that stay put from version to version. */
    List<String> report() {
        List<String> lines = new ArrayList<>();
        AppSettings read = appSettings.read();
        lines.add("settings nations " + new TreeSet<>(read.nations()));
        lines.add("settings first responder " + read.firstResponder() + ", duty to notify " + read.dutyToNotify());
        lines.add("settings leads group " + read.leadGroup() + ", role " + read.leadProjectRole());
        lines.add("settings retention years " + read.retentionYears() + ", lead on duty " + read.assignToLeadOnDuty());
        lines.add("settings policy " + read.policyDocument() + ", organisation " + read.organisationName() + ", "
                + read.callBackNumber());
        lines.add("settings staff group " + read.staffGroup() + ", training refresher months "
                + read.trainingRefresherMonths() + ", staff records kept months " + read.staffRecordsMonths());
        new TreeMap<>(setupIds.load().asMap()).forEach((key, id) -> lines.add("set-up id " + key + " " + id));
        for (String caseKey : CASES) {
            accessLog.latest(caseKey, 100).forEach(access -> lines.add("access " + caseKey + " " + access.userKey()
                    + " " + access.at() + " " + access.kind() + " " + access.detail()));
            agencyLog.forCase(caseKey).forEach(entry -> lines.add("share " + caseKey + " #" + entry.id() + " by "
                    + entry.recordedBy() + " at " + entry.recordedAt() + ": " + words(entry.share())));
            leadsTold.first(caseKey).ifPresent(told -> lines.add("leads told first " + caseKey + " " + words(told)));
            leadsTold.latest(caseKey).ifPresent(told -> lines.add("leads told latest " + caseKey + " " + words(told)));
            markers.forCase(caseKey).forEach(recorded -> lines.add("marker " + caseKey + " #" + recorded.id() + " by "
                    + recorded.recordedBy() + " at " + recorded.recordedAt() + ": " + recorded.marker().kind().id()
                    + " " + recorded.marker().shown() + " as " + recorded.marker().key() + ", also on "
                    + markers.otherCases(caseKey, recorded.marker())));
        }
        markers.connections(Long.MAX_VALUE, 100).forEach(connection -> lines.add("connection newest #"
                + connection.newest() + " on " + connection.cases()));
        closedCases.all().forEach(closed -> lines.add("closed " + closed.caseKey() + " on " + closed.closedOn()
                + ", review " + closed.reviewOn()));
        retention.latest().ifPresent(report -> lines.add("retention report " + report.ranOn() + ": " + report.total()
                + " due, " + report.due().stream().map(ClosedCase::caseKey).toList()));
        // An entry no person changed is the shipped one, which a later version may correct: only that it is there
        // stays. What a person wrote stays word for word.
        Set<String> byPeople = new TreeSet<>(directory.changedByAnyoneBut("safeguarding-for-jira"));
        directory.all().forEach(entry -> lines.add("directory " + entry.id() + (!byPeople.contains(entry.id()) ? ""
                : ": " + entry.name() + ", " + entry.phone() + ", " + entry.url() + ", "
                        + new TreeSet<>(entry.nations()) + ", " + entry.audience() + ", " + entry.category()
                        + ", checked " + entry.verifiedOn() + ", " + entry.notes()
                        + (entry.retired() ? ", retired" : ""))));
        lines.add("directory changed by people " + byPeople);
        new TreeMap<>(directory.reviews()).forEach((language, review) -> lines.add("translation checked " + language
                + " by " + review.by() + " on " + review.on()));
        new TreeMap<>(planReads.reads()).forEach((user, reads) -> lines.add("plan read by " + user + " " + reads));
        new TreeMap<>(training.all()).forEach((user, courses) -> lines.add("training of " + user + " " + courses));
        new TreeMap<>(departures.read()).forEach((user, day) -> lines.add("left the staff " + user + " on " + day));
        for (String user : List.of("u-worker", "u-lead")) {
            lines.add("plan " + user + " has read it: " + planReads.hasRead(user, "3f2a9c1b"));
        }
        return lines;
    }

    private static String words(AgencyShare share) {
        return share.agency() + " (" + share.agencyName() + ") on " + share.sharedOn() + " by " + share.channel()
                + ", " + share.whatShared() + ", basis " + share.basis() + ", " + share.condition() + ", consent "
                + share.withConsent() + " " + share.withoutConsentBecause() + ", their reference "
                + share.theirReference() + ", corrects " + share.corrects().map(String::valueOf).orElse("none")
                + share.decision().map(StoredData::words).orElse("");
    }

    private static String words(ShareDecision decision) {
        return ", decided: shared " + decision.shared() + ", " + decision.purpose() + ", by " + decision.decidedBy()
                + ", person told " + decision.personTold() + " " + decision.notToldBecause() + ", not shared because "
                + decision.notSharedBecause() + ", agreement " + decision.agreementReference() + ", urgent "
                + decision.urgent() + ", " + decision.criminalCondition().map(Enum::name).orElse("no criminal condition");
    }

    private static String words(LeadsTold told) {
        return told.alert() + " at " + told.at() + " " + told.leads() + " risk "
                + told.risk().map(RiskLevel::name).orElse("none");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
