package org.safeguarding.jira.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.cache.CacheManager;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.project.ProjectService;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.link.RemoteIssueLinkManager;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.notification.NotificationSchemeManager;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Every host service the plugin imports, in one place. Spring Scanner reads these annotations into
 * {@code META-INF/plugin-components/imports}; our beans then receive the services by type through their
 * {@code @Inject} constructors. Bean names keep SAL and Jira services of the same simple name apart.
 * Never instantiated.
 */
@SuppressWarnings("unused")
final class ComponentImports {
    @ComponentImport("salUserManager")
    private UserManager salUserManager;
    @ComponentImport
    private LoginUriProvider loginUriProvider;
    @ComponentImport
    private WebSudoManager webSudoManager;
    @ComponentImport
    private TemplateRenderer templateRenderer;
    @ComponentImport
    private PageBuilderService pageBuilderService;
    @ComponentImport
    private I18nResolver i18nResolver;
    @ComponentImport
    private LocaleResolver localeResolver;
    @ComponentImport
    private PluginSettingsFactory pluginSettingsFactory;
    @ComponentImport("jiraUserManager")
    private com.atlassian.jira.user.util.UserManager jiraUserManager;
    @ComponentImport
    private IssueManager issueManager;
    @ComponentImport
    private PermissionManager permissionManager;
    @ComponentImport
    private IssueTypeManager issueTypeManager;
    @ComponentImport
    private AvatarManager avatarManager;
    @ComponentImport
    private ResolutionManager resolutionManager;
    @ComponentImport
    private ProjectRoleManager projectRoleManager;
    @ComponentImport
    private GroupManager groupManager;
    @ComponentImport
    private SchedulerService schedulerService;
    @ComponentImport
    private ProjectManager projectManager;
    @ComponentImport
    private IssueTypeSchemeManager issueTypeSchemeManager;
    @ComponentImport
    private IssueTypeScreenSchemeManager issueTypeScreenSchemeManager;
    @ComponentImport
    private ActiveObjects activeObjects;
    @ComponentImport
    private CacheManager cacheManager;
    @ComponentImport
    private CommentManager commentManager;
    @ComponentImport
    private ApplicationProperties applicationProperties;
    @ComponentImport
    private StatusManager statusManager;
    @ComponentImport
    private StatusCategoryManager statusCategoryManager;
    @ComponentImport
    private WorkflowManager workflowManager;
    @ComponentImport
    private WorkflowSchemeManager workflowSchemeManager;
    @ComponentImport
    private EventTypeManager eventTypeManager;
    @ComponentImport
    private IssueService issueService;
    @ComponentImport
    private NotificationSchemeManager notificationSchemeManager;
    @ComponentImport
    private PermissionSchemeManager permissionSchemeManager;
    @ComponentImport
    private CustomFieldManager customFieldManager;
    @ComponentImport
    private OptionsManager optionsManager;
    @ComponentImport
    private FieldScreenManager fieldScreenManager;
    @ComponentImport
    private FieldScreenSchemeManager fieldScreenSchemeManager;
    @ComponentImport
    private ClusterLockService clusterLockService;
    @ComponentImport
    private AttachmentManager attachmentManager;
    @ComponentImport
    private ChangeHistoryManager changeHistoryManager;
    @ComponentImport
    private IssueIndexingService issueIndexingService;
    @ComponentImport
    private SearchService searchService;
    @ComponentImport
    private SearchRequestService searchRequestService;
    @ComponentImport
    private ConstantsManager constantsManager;
    @ComponentImport
    private IssueSecuritySchemeManager issueSecuritySchemeManager;
    @ComponentImport
    private IssueSecurityLevelManager issueSecurityLevelManager;
    @ComponentImport
    private EventPublisher eventPublisher;

    private ComponentImports() {
    }
    @ComponentImport
    private LabelManager labelManager;
    @ComponentImport
    private WorklogManager worklogManager;
    @ComponentImport
    private IssueLinkManager issueLinkManager;
    @ComponentImport
    private IssueLinkTypeManager issueLinkTypeManager;
    @ComponentImport
    private RemoteIssueLinkManager remoteIssueLinkManager;
    @ComponentImport
    private JsonEntityPropertyManager jsonEntityPropertyManager;
    @ComponentImport
    private MailQueue mailQueue;
    @ComponentImport
    private ProjectService projectService;
}
