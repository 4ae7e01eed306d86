package jp.mypage.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client without a browser that opens a page and posts one of its Faces forms as a browser
 * would (its own cookies, the form's hidden fields and view state), so that many posts can be sent
 * at the same moment. It does not follow redirects: a test reads the answer as it came. It speaks
 * HTTP/1.1, as every browser does over plain {@code http://}: Java's client would otherwise upgrade to
 * h2c, which no browser does (over h2c one run of MalformedRequestsIT got an HTTP/2 stream reset
 * instead of an answer, and HeadersIT saw no Server header that browsers were sent).
 */
final class FormClient {

    private static final Pattern TAG = Pattern.compile("<(form|input)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private static final Pattern NONCE = Pattern.compile("<script\\b[^>]*\\bnonce=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String action;
    private final Map<String, String> fields = new LinkedHashMap<>();

    FormClient() {
        this(Browser.BASE);
    }

    /** A client of the portal at another origin (e.g. one of this machine's own network addresses). */
    FormClient(String base) {
        this(new CookieManager(), base);
    }

    private FormClient(CookieManager cookies, String base) {
        this.cookies = cookies;
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Another form client with the same cookies (the same session) and the same headers. */
    FormClient sameSession() {
        FormClient other = new FormClient(cookies, base);
        other.headers.putAll(headers);
        return other;
    }


    /** Sends this header with every later request (e.g. X-Forwarded-For, as a proxy would). */
    FormClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Forgets every cookie (the session): the next page is opened as by a new visitor on the same connection. */
    FormClient forgetCookies() {
        cookies.getCookieStore().removeAll();
        return this;
    }

    /** A GET with this client's cookies; the answer as it came. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** Any request with this client's cookies (a raw body, any method); the answer as it came. */
    HttpResponse<String> request(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The form's action, as its page gave it. */
    String action() {
        return action;
    }

    /** The fields that will be posted (the form's hidden fields and whatever was set). */
    Map<String, String> fields() {
        return fields;
    }

    /** Opens the page and keeps the hidden fields of the form with this id. */
    FormClient open(String path, String formId) {
        fields.clear();
        action = null;
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.statusCode());
        }
        boolean inForm = false;
        Matcher tag = TAG.matcher(page.body());
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            if (tag.group(1).equalsIgnoreCase("form")) {
                inForm = formId.equals(attributes.get("id"));
                if (inForm) {
                    action = unescape(attributes.get("action"));
                }
            } else if (inForm && "hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        if (action == null) {
            throw new AssertionError("No form " + formId + " on " + path);
        }
        // PrimeFaces' CSP mode: the page's nonce goes with every post of its view, as PrimeFaces' script sends it.
        Matcher nonce = NONCE.matcher(page.body());
        if (!fields.containsKey("primefaces.nonce") && nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return this;
    }

    FormClient set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** Posts the form; the answer as it came (a redirect is not followed). */
    HttpResponse<String> post() {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base).resolve(action))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> send(HttpRequest request) {
        HttpRequest.Builder withHeaders = HttpRequest.newBuilder(request, (name, value) -> true);
        headers.forEach(withHeaders::header);
        try {
            return http.send(withHeaders.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), attribute.group(2));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html == null ? null
                : html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&#39;", "'");
    }
}
