package jp.mypage.domain.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 研修 of the catalogue: what it is, how it is delivered, its price before tax and tax rate, its
 * cancellation policy, and whether learners and companies can see it (公開). The delivery type never
 * changes once the course exists: sessions and seats depend on it. A new price applies to new orders
 * only; every order keeps the price it was placed at.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.BY_CODE, query = "select c from Course c where c.code = :code")
public class Course {

    public static final String BY_CODE = "Course.byCode";
    public static final int CODE_MAX = 32;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ACCESS_DAYS_MAX = 730;
    public static final int DEFAULT_TAX_RATE = 10;
    /** 標準税率 and 軽減税率: the rates a 適格請求書 may show. */
    public static final List<Integer> TAX_RATES = List.of(10, 8);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "code", length = CODE_MAX, nullable = false)
    private String code;

    @Column(name = "title", length = TITLE_MAX, nullable = false)
    private String title;

    @Column(name = "description", length = DESCRIPTION_MAX, nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", length = 16, nullable = false, updatable = false)
    private DeliveryType delivery;

    @Column(name = "price", precision = 12, scale = 0, nullable = false)
    private BigDecimal price;

    @Column(name = "tax_rate", nullable = false)
    private int taxRate;

    /** 受講期間 of 動画配信 in days from the seat's assignment; null for live courses. */
    @Column(name = "access_days")
    private Integer accessDays;

    /**
     * When the course was published (公開); null while it is not. A time, not a boolean: EclipseLink
     * writes a boolean in a query as 1, which H2 2 refuses to compare with a BOOLEAN column.
     */
    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_cancellation_tier", joinColumns = @JoinColumn(name = "course_id"))
    private List<CancellationTier> cancellationTiers = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Course() {
        // for JPA
    }

    /** A new course, not yet published. */
    public Course(String code, DeliveryType delivery, CourseTerms terms, Instant at) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.createdAt = Objects.requireNonNull(at, "at");
        this.code = requireCode(code);
        change(terms, at);
    }

    /** Edits what the course is and costs; the code and the delivery type stay. */
    public void change(CourseTerms terms, Instant at) {
        this.title = requireText(terms.title(), TITLE_MAX, "title");
        this.description = terms.description() == null ? "" : terms.description().strip();
        if (description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("A description of at most " + DESCRIPTION_MAX + " characters");
        }
        BigDecimal yen = Yen.of(terms.price());
        if (yen.compareTo(Yen.PRICE_MAX) > 0) {
            throw new IllegalArgumentException("A price of at most " + Yen.PRICE_MAX);
        }
        this.price = yen;
        if (!TAX_RATES.contains(terms.taxRate())) {
            throw new IllegalArgumentException("A tax rate of " + TAX_RATES);
        }
        this.taxRate = terms.taxRate();
        if (delivery == DeliveryType.E_LEARNING) {
            if (terms.accessDays() == null || terms.accessDays() < 1 || terms.accessDays() > ACCESS_DAYS_MAX) {
                throw new IllegalArgumentException("動画配信 needs an access period of 1.." + ACCESS_DAYS_MAX + " days");
            }
            this.accessDays = terms.accessDays();
        } else {
            this.accessDays = null;
        }
        this.cancellationTiers = new ArrayList<>(new CancellationPolicy(terms.cancellationTiers()).tiers());
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public void publish(Instant at) {
        if (publishedAt == null) {
            this.publishedAt = Objects.requireNonNull(at, "at");
        }
        this.updatedAt = at;
    }

    public void unpublish(Instant at) {
        this.publishedAt = null;
        this.updatedAt = at;
    }

    public CancellationPolicy cancellationPolicy() {
        return new CancellationPolicy(cancellationTiers);
    }

    /** The price a learner pays for one seat, tax included (税込). */
    public BigDecimal priceIncludingTax() {
        return Yen.withTax(price, taxRate);
    }

    private static String requireCode(String code) {
        String value = requireText(code, CODE_MAX, "code");
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("A code of capital letters, digits and hyphens");
        }
        return value;
    }

    static String requireText(String text, int max, String what) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new IllegalArgumentException("A " + what + " of 1.." + max + " characters is required");
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public DeliveryType getDelivery() {
        return delivery;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public int getTaxRate() {
        return taxRate;
    }

    public Optional<Integer> getAccessDays() {
        return Optional.ofNullable(accessDays);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
