package jp.mypage.operator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.operator.Operator;
import jp.mypage.domain.operator.OperatorLogin;
import jp.mypage.password.PasswordHashing;
import jp.mypage.password.PasswordPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At deployment, creates the first operator when there is none, from {@code ADMIN_EMAIL},
 * {@code ADMIN_PASSWORD} and optionally {@code ADMIN_NAME} (system property or environment
 * variable; see {@link BootstrapPlan}). Without them it warns how to create one. The password is
 * never logged; a password the policy refuses creates nothing.
 *
 * <p>Nodes of a cluster that start at the same moment take turns: the check and the creation run
 * while holding the row {@value #LOCK} of {@code startup_lock}, so the second node finds the
 * operator the first one created instead of failing its deployment on the unique address.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class OperatorBootstrap {

    /** The actor recorded as the creator of the first operator. */
    public static final String ACTOR = "bootstrap";
    /** The start-up lock (V8 migration) held while the first operator is checked and created. */
    static final String LOCK = "first-operator";

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    @ConfigProperty(name = "OPERATOR_LOGIN_RETENTION_DAYS", defaultValue = "365")
    int loginRetentionDays;

    /**
     * Every night, deletes ログイン記録 older than {@code OPERATOR_LOGIN_RETENTION_DAYS} (365 by default):
     * logins from many addresses would otherwise grow the table for ever. Each node of a cluster runs
     * it; the delete is the same on each.
     */
    @Schedule(hour = "3", minute = "17", persistent = false)
    void removeOldLogins() {
        int removed = em.createNamedQuery(OperatorLogin.DELETE_BEFORE)
                .setParameter("before", clock.instant().minus(Duration.ofDays(Math.max(1, loginRetentionDays))))
                .executeUpdate();
        if (removed > 0) {
            LOG.info(() -> "Deleted " + removed + " console login record(s) older than " + loginRetentionDays + " days");
        }
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void createFirstOperator() {
        em.createNativeQuery("SELECT name FROM startup_lock WHERE name = ?1 FOR UPDATE")
                .setParameter(1, LOCK)
                .getResultList();
        long operators = em.createNamedQuery(Operator.COUNT, Long.class).getSingleResult();
        BootstrapPlan plan = BootstrapPlan.decide(operators, System::getProperty, System::getenv,
                passwordPolicy::problemWith);
        switch (plan.outcome()) {
            case NOTHING -> {
                // operators exist
            }
            case MISSING_SETTINGS -> LOG.warning(() -> "No operator exists, so nobody can sign in to the operator"
                    + " console (/admin/). To create the first operator, set " + BootstrapPlan.EMAIL + " and "
                    + BootstrapPlan.PASSWORD + " (at least " + passwordPolicy.minLength() + " characters; optionally "
                    + BootstrapPlan.NAME + ") as environment variables or Java system properties and restart."
                    + " The password is used once; change nothing else.");
            case INVALID_EMAIL -> LOG.severe(() -> "No operator created: " + BootstrapPlan.EMAIL
                    + " is not an email address: " + plan.email());
            case WEAK_PASSWORD -> LOG.severe(() -> "No operator created: " + BootstrapPlan.PASSWORD
                    + " breaks the password policy (" + plan.problem() + "; at least " + passwordPolicy.minLength()
                    + " characters, not a common password, not the email address). Set a stronger one and restart.");
            case CREATE -> {
                Operator operator = new Operator(EmailAddress.of(plan.email()), plan.name(),
                        passwordHashing.hash(plan.password()), clock.instant(), ACTOR);
                em.persist(operator);
                em.flush();
                LOG.info(() -> "Created the first operator " + operator.principalName() + " (" + plan.email()
                        + ", " + plan.name() + ") from " + BootstrapPlan.EMAIL + "/" + BootstrapPlan.PASSWORD
                        + ". Remove ADMIN_PASSWORD from the environment now.");
            }
        }
    }
}
