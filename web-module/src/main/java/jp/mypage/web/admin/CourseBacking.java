package jp.mypage.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.mypage.common.BusinessException;
import jp.mypage.domain.training.CancellationPolicy;
import jp.mypage.domain.training.CancellationTier;
import jp.mypage.domain.training.Course;
import jp.mypage.domain.training.CourseTerms;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.domain.training.SessionStatus;
import jp.mypage.order.SessionCancellation;
import jp.mypage.training.CatalogueService;
import jp.mypage.training.CourseNotFoundException;
import jp.mypage.training.CourseView;
import jp.mypage.training.SessionView;
import jp.mypage.training.StaleEntryException;
import jp.mypage.web.i18n.Messages;

/**
 * One course of 研修管理, {@code /admin/course?id=} (without an id: a new course): its terms and
 * キャンセル規定, 公開する / 非公開にする, and for live courses its 開催回 with 開催回を追加, 編集,
 * 公開 and 開催中止. Every edit names the version the operator saw; when another operator saved
 * meanwhile, the page says so and shows what is saved now.
 */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private SessionCancellation cancellation;

    private String id;
    private CourseView course;
    private boolean notFound;

    private String code;
    private DeliveryType delivery = DeliveryType.IN_PERSON;
    private String title;
    private String description;
    private BigDecimal price;
    private int taxRate = Course.DEFAULT_TAX_RATE;
    private Integer accessDays;
    private List<TierRow> tiers = new ArrayList<>();

    private SessionForm sessionForm;
    private SessionView cancelling;
    private String cancelReason;

    /** The page's view action: no id creates; an unknown or malformed id shows a message, not an error page. */
    public void load() {
        if (id == null || id.isBlank()) {
            CancellationPolicy.standard().tiers().forEach(t -> tiers.add(new TierRow(t.getDaysBefore(), t.getFeePercent())));
            return;
        }
        try {
            course = catalogue.course(Long.parseLong(id.strip()));
            fill();
        } catch (NumberFormatException | CourseNotFoundException e) {
            notFound = true;
            Messages.error("adminCourse.notFound");
        }
    }

    private void reload() {
        course = catalogue.course(course.id());
        fill();
    }

    private void fill() {
        code = course.code();
        delivery = course.delivery();
        title = course.title();
        description = course.description();
        price = course.price();
        taxRate = course.taxRate();
        accessDays = course.accessDays();
        tiers = new ArrayList<>(course.cancellationTiers().stream().map(t -> new TierRow(t.daysBefore(), t.feePercent())).toList());
    }

    /** 保存: creates the course (then shows its page) or saves the terms the operator changed. */
    public String save() {
        List<CancellationTier> policy = policy();
        if (policy == null) {
            return null;
        }
        if (price != null && price.stripTrailingZeros().scale() > 0) {
            Messages.error("adminCourse.priceWholeYen");
            return null;
        }
        CourseTerms terms = new CourseTerms(title, description, price, taxRate, isElearning() ? accessDays : null, policy);
        try {
            if (course == null) {
                long created = catalogue.createCourse(code, delivery, terms);
                Messages.info("adminCourse.created", code);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/admin/course?faces-redirect=true&id=" + created;
            }
            catalogue.changeCourse(course.id(), course.version(), terms);
            Messages.info("adminCourse.saved");
            reload();
        } catch (StaleEntryException e) {
            ConsoleRefusals.show(e);
            reload();
        } catch (BusinessException e) {
            ConsoleRefusals.show(e);
        }
        return null;
    }

    /** The editor's rows as tiers; null (with a message) when a row is half filled or out of range. Empty rows are dropped. */
    private List<CancellationTier> policy() {
        List<CancellationTier> result = new ArrayList<>();
        for (TierRow row : tiers) {
            if (row.isBlank()) {
                continue;
            }
            if (!row.isComplete()) {
                Messages.error("adminCourse.tierIncomplete");
                return null;
            }
            try {
                result.add(row.tier());
            } catch (IllegalArgumentException e) {
                Messages.error("adminCourse.tierRange", CancellationTier.DAYS_MAX);
                return null;
            }
        }
        return result;
    }

    public void addTier() {
        if (tiers.size() < CancellationPolicy.TIERS_MAX) {
            tiers.add(new TierRow());
        }
    }

    public void removeTier(TierRow row) {
        tiers.remove(row);
    }

    /** A row as the policy reads: 「開催7日前から 50%」, 「開催当日から 100%」; empty while half filled. */
    public String sentence(TierRow row) {
        if (!row.isComplete()) {
            return "";
        }
        return row.getDaysBefore() == 0 ? Messages.text("adminCourse.tierSentenceDay", row.getFeePercent())
                : Messages.text("adminCourse.tierSentence", row.getDaysBefore(), row.getFeePercent());
    }

    /** Before the earliest tier a cancellation is free: 「開催8日前まで無料」, or 「いつでも無料」 without tiers. */
    public String getFreeSentence() {
        return tiers.stream().filter(TierRow::isComplete).mapToInt(TierRow::getDaysBefore).max()
                .stream().mapToObj(days -> Messages.text("adminCourse.freeUntil", days + 1)).findFirst()
                .orElseGet(() -> Messages.text("adminCourse.alwaysFree"));
    }

    public void publish() {
        published(true);
    }

    public void unpublish() {
        published(false);
    }

    private void published(boolean publish) {
        try {
            if (publish) {
                catalogue.publishCourse(course.id());
            } else {
                catalogue.unpublishCourse(course.id());
            }
            Messages.info(publish ? "adminCourse.published" : "adminCourse.unpublished");
        } catch (BusinessException e) {
            ConsoleRefusals.show(e);
        }
        reload();
    }

    /** 開催回を追加: an empty session form. */
    public void newSession() {
        sessionForm = SessionForm.blank();
    }

    /** 編集: the session's form with what is saved, and the version the operator sees. */
    public void editSession(SessionView session) {
        sessionForm = SessionForm.of(session);
    }

    public void closeSessionForm() {
        sessionForm = null;
    }

    /** The session form's 保存. */
    public void saveSession() {
        try {
            if (sessionForm.isNew()) {
                catalogue.addSession(course.id(), sessionForm.terms());
                Messages.info("adminSession.added");
            } else {
                catalogue.changeSession(sessionForm.id(), sessionForm.version(), sessionForm.terms());
                Messages.info("adminSession.saved");
            }
            sessionForm = null;
            reload();
        } catch (StaleEntryException e) {
            ConsoleRefusals.show(e);
            sessionForm = null;
            reload();
        } catch (BusinessException e) {
            ConsoleRefusals.show(e);
        }
    }

    public void publishSession(SessionView session) {
        sessionPublished(session, true);
    }

    public void unpublishSession(SessionView session) {
        sessionPublished(session, false);
    }

    private void sessionPublished(SessionView session, boolean publish) {
        try {
            if (publish) {
                catalogue.publishSession(session.id());
            } else {
                catalogue.unpublishSession(session.id());
            }
            Messages.info(publish ? "adminSession.published" : "adminSession.unpublished");
        } catch (BusinessException e) {
            ConsoleRefusals.show(e);
        }
        reload();
    }

    /** 開催中止's dialog for a session (the page opens it). */
    public void prepareCancel(SessionView session) {
        cancelling = session;
        cancelReason = null;
    }

    /** The dialog's 開催中止: seats released, everyone mailed. */
    public void cancelSession() {
        if (cancelling == null) {
            return;
        }
        try {
            int orders = cancellation.cancelSession(cancelling.id(), cancelReason);
            Messages.info("adminSession.cancelled", orders);
        } catch (BusinessException e) {
            ConsoleRefusals.show(e);
        }
        cancelling = null;
        cancelReason = null;
        reload();
    }

    public boolean isCreating() {
        return course == null && !notFound;
    }

    public boolean isElearning() {
        return delivery == DeliveryType.E_LEARNING;
    }

    public boolean isScheduled(SessionView session) {
        return session.status() == SessionStatus.SCHEDULED;
    }

    public DeliveryType[] getDeliveries() {
        return DeliveryType.values();
    }

    public List<Integer> getTaxRates() {
        return Course.TAX_RATES;
    }

    public int getTiersMax() {
        return CancellationPolicy.TIERS_MAX;
    }

    public CourseView getCourse() {
        return course;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DeliveryType getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryType delivery) {
        if (course == null && delivery != null) {
            this.delivery = delivery;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public int getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(int taxRate) {
        this.taxRate = taxRate;
    }

    public Integer getAccessDays() {
        return accessDays;
    }

    public void setAccessDays(Integer accessDays) {
        this.accessDays = accessDays;
    }

    public List<TierRow> getTiers() {
        return tiers;
    }

    public SessionForm getSessionForm() {
        return sessionForm;
    }

    public SessionView getCancelling() {
        return cancelling;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
