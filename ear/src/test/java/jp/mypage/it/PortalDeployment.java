package jp.mypage.it;

import java.io.File;
import java.nio.charset.StandardCharsets;
import jp.mypage.it.support.clock.MovableClock;
import jp.mypage.it.support.clock.MovableClockProducer;
import jp.mypage.it.support.guard.GuardApplication;
import jp.mypage.it.support.guard.GuardResource;
import jp.mypage.it.support.outbox.OutboxResource;
import jp.mypage.it.support.seed.SeedResource;
import jp.mypage.it.support.web.ClockResource;
import jp.mypage.it.support.web.CpuTimeResource;
import jp.mypage.it.support.web.HashRateResource;
import jp.mypage.it.support.web.HeapResource;
import jp.mypage.it.support.web.OpenAuthentication;
import jp.mypage.it.support.web.TestSupportApplication;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every system test: the real EAR from the build ({@code ear/target/mypage.ear}),
 * unchanged, plus two test-only parts: a library with the movable clock and a small web module
 * ({@code /test-support}) that moves it, seeds bulk rows and reads what the outbox keeps.
 */
final class PortalDeployment {

    static final String TEST_SUPPORT_CONTEXT = "/test-support";

    private PortalDeployment() {
    }

    static EnterpriseArchive create() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("portal.ear", "target/mypage.ear")));
        JavaArchive clock = ShrinkWrap.create(JavaArchive.class, "test-clock.jar")
                .addClasses(MovableClock.class, MovableClockProducer.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        WebArchive support = ShrinkWrap.create(WebArchive.class, "test-support.war")
                .addClasses(ClockResource.class, SeedResource.class, OutboxResource.class, TestSupportApplication.class,
                        HashRateResource.class, CpuTimeResource.class, HeapResource.class,
                        OpenAuthentication.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ArchivePath applicationXml = ArchivePaths.create("META-INF/application.xml");
        String descriptor;
        try (var in = ear.get(applicationXml).getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ear.delete(applicationXml);
        // The EJB guard test calls operator actions with a learner's or an operator's own session.
        ear.getAsType(WebArchive.class, "web-module.war").addClasses(GuardResource.class, GuardApplication.class);
        ear.addAsLibrary(clock)
                .addAsModule(support)
                .setApplicationXML(new StringAsset(insertAfterLastModule(descriptor,
                        "<module><web><web-uri>test-support.war</web-uri><context-root>" + TEST_SUPPORT_CONTEXT
                                + "</context-root></web></module>")));
        return ear;
    }

    /** The schema wants modules before the library directory: insert the new one after the last. */
    private static String insertAfterLastModule(String descriptor, String module) {
        int end = descriptor.lastIndexOf("</module>") + "</module>".length();
        return descriptor.substring(0, end) + module + descriptor.substring(end);
    }
}
