package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.Test;
import org.safeguarding.check.HostApiScanner;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

public class HostApiCheckTest {
    private static final String ISSUE_MANAGER = "com/atlassian/jira/issue/IssueManager";
    private static final String GET_ISSUE = "method " + ISSUE_MANAGER
            + " getIssueObject (Ljava/lang/String;)Lcom/atlassian/jira/issue/MutableIssue; interface by org.safeguarding.A";
    private static final String UPDATE_ISSUE = "method " + ISSUE_MANAGER + " updateIssue (Lcom/atlassian/jira/user/"
            + "ApplicationUser;Lcom/atlassian/jira/issue/MutableIssue;Lcom/atlassian/jira/event/type/"
            + "EventDispatchOption;Z)Lcom/atlassian/jira/issue/Issue; interface by org.safeguarding.B";
    private static final String SCHEME_ENTRY = "com/atlassian/jira/permission/PermissionSchemeEntry";

    @Test
    public void missing_shouldFindEveryMemberOfTheBuildsListInTheStandIns() throws IOException {
        HostApiInventory built = HostApiScanner.inventoryOf(Path.of(System.getProperty("basedir", "."),
                "target", "classes"));

        assertThat(built.members().size() > 300, is(true));
        assertThat(HostApiCheck.missing(built.members(), getClass().getClassLoader(), UnaryOperator.identity()),
                empty());
    }

    @Test
    public void missing_shouldReportAMethodAJiraDoesNotHave() throws IOException {
        ClassLoader jira = jiraWith(Map.of("updateIssue", "(Lcom/atlassian/jira/user/ApplicationUser;"
                + "Lcom/atlassian/jira/issue/MutableIssue;Lcom/atlassian/jira/event/type/EventDispatchOption;Z)"
                + "Lcom/atlassian/jira/issue/Issue;"));

        List<HostApiCheck.Missing> missing = HostApiCheck.missing(list(GET_ISSUE, UPDATE_ISSUE).members(), jira,
                UnaryOperator.identity());

        assertThat(missing.stream().map(HostApiCheck.Missing::problem).toList(), contains(
                "this Jira's com.atlassian.jira.issue.IssueManager has no IssueManager.getIssueObject(String)"));
    }

    @Test
    public void missing_shouldReportAMethodWhoseSignatureChanged() throws IOException {
        ClassLoader jira = jiraWith(Map.of("getIssueObject", "(Ljava/lang/Long;)Lcom/atlassian/jira/issue/MutableIssue;",
                "updateIssue", "(Lcom/atlassian/jira/user/ApplicationUser;Lcom/atlassian/jira/issue/MutableIssue;"
                        + "Lcom/atlassian/jira/event/type/EventDispatchOption;Z)V"));

        List<HostApiCheck.Missing> missing = HostApiCheck.missing(list(GET_ISSUE, UPDATE_ISSUE).members(), jira,
                UnaryOperator.identity());

        assertThat(missing.stream().map(one -> one.member().name()).toList(),
                contains("getIssueObject", "updateIssue"));
    }

    @Test
    public void missing_shouldReportAClassAJiraDoesNotHaveAndAMissingField() throws IOException {
        HostApiInventory inventory = list("class com/atlassian/jira/issue/Teleporter named by org.safeguarding.A",
                "field com/atlassian/jira/event/type/EventType ISSUE_TELEPORTED_ID Ljava/lang/Long; static-field "
                        + "by org.safeguarding.A",
                "field com/atlassian/jira/event/type/EventType ISSUE_UPDATED_ID Ljava/lang/Long; static-field "
                        + "by org.safeguarding.A");

        List<HostApiCheck.Missing> missing = HostApiCheck.missing(inventory.members(), getClass().getClassLoader(),
                UnaryOperator.identity());

        assertThat(missing.stream().map(HostApiCheck.Missing::problem).toList(), contains(
                "this Jira has no class com.atlassian.jira.issue.Teleporter",
                "this Jira's com.atlassian.jira.event.type.EventType has no field ISSUE_TELEPORTED_ID of type "
                        + "Ljava/lang/Long;"));
    }

    @Test
    public void missing_shouldReportAnInterfaceTheAppCallsAsAClass() throws IOException {
        ClassLoader jira = jiraWith(SCHEME_ENTRY, true, "getType", "()Ljava/lang/String;", false);

        List<HostApiCheck.Missing> missing = HostApiCheck.missing(list("method " + SCHEME_ENTRY
                + " getType ()Ljava/lang/String; virtual by org.safeguarding.A").members(), jira, UnaryOperator.identity());

        assertThat(missing.stream().map(HostApiCheck.Missing::problem).toList(), contains("this Jira's "
                + "com.atlassian.jira.permission.PermissionSchemeEntry is an interface, but the app calls "
                + "PermissionSchemeEntry.getType() as a class's"));
    }

    @Test
    public void missing_shouldFindAClassCalledAsAClass() throws IOException {
        ClassLoader jira = jiraWith(SCHEME_ENTRY, false, "getType", "()Ljava/lang/String;", false);

        assertThat(HostApiCheck.missing(list("method " + SCHEME_ENTRY + " getType ()Ljava/lang/String; virtual "
                + "by org.safeguarding.A", "class " + SCHEME_ENTRY + " named by org.safeguarding.A").members(), jira,
                UnaryOperator.identity()), empty());
    }

    @Test
    public void missing_shouldReportAClassTheAppCallsAsAnInterface() throws IOException {
        ClassLoader jira = jiraWith(ISSUE_MANAGER, false, "getIssueObject",
                "(Ljava/lang/String;)Lcom/atlassian/jira/issue/MutableIssue;", false);

        List<HostApiCheck.Missing> missing = HostApiCheck.missing(list(GET_ISSUE).members(), jira,
                UnaryOperator.identity());

        assertThat(missing.stream().map(HostApiCheck.Missing::problem).toList(), contains("this Jira's "
                + "com.atlassian.jira.issue.IssueManager is a class, but the app calls "
                + "IssueManager.getIssueObject(String) as an interface's"));
    }

    @Test
    public void missing_shouldReportAnInterfaceTheAppExtendsAndAClassItImplements() throws IOException {
        ClassLoader jira = jiraWith(SCHEME_ENTRY, true, "getType", "()Ljava/lang/String;", false);

        List<HostApiCheck.Missing> missing = HostApiCheck.missing(list(
                "class " + SCHEME_ENTRY + " extended by org.safeguarding.A",
                "class com/atlassian/jira/issue/customfields/impl/CalculatedCFType implemented by org.safeguarding.B")
                .members(), jira, UnaryOperator.identity());

        assertThat(missing.stream().map(HostApiCheck.Missing::problem).toList(), contains(
                "this Jira's com.atlassian.jira.permission.PermissionSchemeEntry is an interface, but the app uses "
                        + "it as a class",
                "this Jira's com.atlassian.jira.issue.customfields.impl.CalculatedCFType is a class, but the app "
                        + "uses it as an interface"));
    }

    @Test
    public void missing_shouldReportAMethodWhoseStaticnessDiffers() throws IOException {
        ClassLoader instanceOnly = jiraWith(SCHEME_ENTRY, false, "getType", "()Ljava/lang/String;", false);
        ClassLoader staticOnly = jiraWith(SCHEME_ENTRY, false, "getType", "()Ljava/lang/String;", true);

        List<HostApiCheck.Missing> calledStatic = HostApiCheck.missing(list("method " + SCHEME_ENTRY
                + " getType ()Ljava/lang/String; static by org.safeguarding.A").members(), instanceOnly,
                UnaryOperator.identity());
        List<HostApiCheck.Missing> calledOnObject = HostApiCheck.missing(list("method " + SCHEME_ENTRY
                + " getType ()Ljava/lang/String; virtual by org.safeguarding.A").members(), staticOnly,
                UnaryOperator.identity());

        assertThat(calledStatic.get(0).problem(), is("this Jira's com.atlassian.jira.permission.PermissionSchemeEntry"
                + " has PermissionSchemeEntry.getType() not static, but the app calls it as static"));
        assertThat(calledOnObject.get(0).problem(), is("this Jira's com.atlassian.jira.permission."
                + "PermissionSchemeEntry has PermissionSchemeEntry.getType() as static, but the app calls it on an "
                + "object"));
    }

    @Test
    public void missing_shouldReportAFieldWhoseStaticnessDiffers() throws IOException {
        List<HostApiCheck.Missing> missing = HostApiCheck.missing(list("field com/atlassian/jira/event/type/EventType"
                + " ISSUE_CREATED_ID Ljava/lang/Long; instance-field by org.safeguarding.A").members(),
                getClass().getClassLoader(), UnaryOperator.identity());

        assertThat(missing.stream().map(HostApiCheck.Missing::problem).toList(), contains("this Jira's "
                + "com.atlassian.jira.event.type.EventType has EventType.ISSUE_CREATED_ID as static, but the app "
                + "calls it on an object"));
    }

    @Test
    public void asRunning_shouldNameServletTypesAsTheJira11JarsClassesDo() throws IOException {
        HostApiInventory inventory = list("method com/atlassian/sal/api/user/UserManager getRemoteUserKey "
                + "(Ljavax/servlet/http/HttpServletRequest;)Lcom/atlassian/sal/api/user/UserKey; interface "
                + "by org.safeguarding.A");
        String listed = inventory.members().get(0).descriptor();

        assertThat(inventory.asRunning("javax/servlet/").apply(listed), is(listed));
        assertThat(inventory.asRunning("jakarta/servlet/").apply(listed),
                is("(Ljakarta/servlet/http/HttpServletRequest;)Lcom/atlassian/sal/api/user/UserKey;"));
    }

    @Test
    public void reachingClasses_shouldFollowOurClassesAndTheSeamsTheyImplement() throws IOException {
        HostApiInventory inventory = list(UPDATE_ISSUE,
                "uses org.safeguarding.Servlet org.safeguarding.Seam",
                "uses org.safeguarding.Seam org.safeguarding.B",
                "uses org.safeguarding.B",
                "uses org.safeguarding.Other org.safeguarding.A");

        assertThat(inventory.reachingClasses(inventory.members().get(0)),
                is(Set.of("org.safeguarding.B", "org.safeguarding.Seam", "org.safeguarding.Servlet")));
        assertThat(inventory.reachableFrom("org.safeguarding.Servlet").contains("org.safeguarding.B"), is(true));
        assertThat(inventory.reachableFrom("org.safeguarding.Other").contains("org.safeguarding.B"), is(false));
    }

    @Test
    public void read_shouldRefuseALineWhoseUseIsNoUse() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> list("class com/atlassian/Thing borrowed by org.safeguarding.A"));

        assertThat(refused.getMessage(), is("not a line of the host API list: class com/atlassian/Thing borrowed by "
                + "org.safeguarding.A"));
    }

    @Test
    public void read_shouldRefuseALineNotInTheBuildsFormat() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> list("method com/atlassian/Thing"));

        assertThat(refused.getMessage(), is("not a line of the host API list: method com/atlassian/Thing"));
    }

    static HostApiInventory list(String... lines) throws IOException {
        String text = "servlet javax/servlet/\n" + String.join("\n", lines) + "\n";
        try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return HostApiInventory.read(in);
        }
    }

    /**
     * A Jira whose IssueManager has just these abstract methods (name to descriptor): the stand-in with members
     * removed or changed, as another Jira version could have it; every other class as the stand-ins have it.
     */
    private ClassLoader jiraWith(Map<String, String> methods) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT, ISSUE_MANAGER,
                null, "java/lang/Object", null);
        methods.forEach((name, descriptor) -> writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, name,
                descriptor, null, null).visitEnd());
        writer.visitEnd();
        return jiraWith(ISSUE_MANAGER, writer.toByteArray());
    }

    /** A Jira whose type is an interface or a class with just this one method, static (on a class only) or not. */
    private ClassLoader jiraWith(String type, boolean isInterface, String method, String descriptor,
                                 boolean isStatic) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT
                | (isInterface ? Opcodes.ACC_INTERFACE : 0), type, null, "java/lang/Object", null);
        // A static method cannot be abstract, and a native one needs no code: the JVM accepts it unlinked.
        writer.visitMethod(Opcodes.ACC_PUBLIC | (isStatic ? Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE
                : Opcodes.ACC_ABSTRACT), method, descriptor, null, null).visitEnd();
        writer.visitEnd();
        return jiraWith(type, writer.toByteArray());
    }

    private ClassLoader jiraWith(String type, byte[] bytes) {
        ClassLoader standIns = getClass().getClassLoader();
        return new ClassLoader(standIns) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(type.replace('/', '.'))) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> loaded = findLoadedClass(name);
                        return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
                    }
                }
                return super.loadClass(name, resolve);
            }
        };
    }
}
