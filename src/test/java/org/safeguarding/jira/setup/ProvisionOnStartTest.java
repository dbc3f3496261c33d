package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.DataVersion;

public class ProvisionOnStartTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SchedulerService scheduler;
    @Mock
    private Provisioning provisioning;
    @Mock
    private DataVersion dataVersion;

    private ProvisionOnStart onStart;

    @Before
    public void setUp() {
        onStart = new ProvisionOnStart(scheduler, provisioning, dataVersion, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    public void onStart_shouldScheduleSetUpOnceOnOneNodeInsteadOfRunningItInJirasStartThread() throws Exception {
        onStart.onStart();

        verifyNoInteractions(provisioning);
        verify(scheduler).registerJobRunner(ProvisionOnStart.RUNNER, onStart);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(ProvisionOnStart.JOB), config.capture());
        assertThat(config.getValue().getRunMode(), is(RunMode.RUN_ONCE_PER_CLUSTER));
        assertThat(config.getValue().getJobRunnerKey(), is(ProvisionOnStart.RUNNER));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis(), is(0L));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime(), is(Date.from(NOW)));
    }

    @Test
    public void runJob_shouldSetUpWithNoAdministrator() {
        when(provisioning.run(Optional.empty())).thenReturn(new SetupReport());

        assertThat(onStart.runJob(mock(JobRunnerRequest.class)).getMessage(), is("set up"));
        verify(provisioning).run(Optional.empty());
    }

    @Test
    public void runJob_shouldSetUpEvenWhenTheVersionCannotBeRecorded() {
        when(provisioning.run(Optional.empty())).thenReturn(new SetupReport());
        doThrow(new IllegalStateException("database down")).when(dataVersion).started();

        assertThat(onStart.runJob(mock(JobRunnerRequest.class)).getMessage(), is("set up"));
        verify(provisioning).run(Optional.empty());
    }

    @Test
    public void runJob_shouldRecordWhichVersionHasUsedTheDataBeforeSettingUp() {
        when(provisioning.run(Optional.empty())).thenReturn(new SetupReport());

        onStart.runJob(mock(JobRunnerRequest.class));

        InOrder order = inOrder(dataVersion, provisioning);
        order.verify(dataVersion).started();
        order.verify(provisioning).run(Optional.empty());
    }

    @Test
    public void onStart_shouldKeepJiraStartingWhenTheSchedulerRefuses() throws Exception {
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(any(), any());

        onStart.onStart();

        verify(scheduler).registerJobRunner(ProvisionOnStart.RUNNER, onStart);
    }

    @Test
    public void onStop_shouldUnregisterTheRunner() {
        onStart.onStop();

        verify(scheduler).unregisterJobRunner(ProvisionOnStart.RUNNER);
    }
}
