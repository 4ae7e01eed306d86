package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends, the portal answers with a page or a message, never a 5xx, and its log gains
 * no stack trace: every form of every page and every servlet, signed out and signed in as a learner, a
 * company and an operator, posted without or with a stale or forged view state, with oversized and
 * wrong-typed values, invalid UTF-8, forged ids and selections, as ajax and not, and with the wrong
 * HTTP methods. An expired view answers with a redirect to the same page, which says so and shows
 * what was typed. The clients speak HTTP/1.1, as a browser does over plain http ({@link FormClient}).
 */
class MalformedRequestsIT extends PortalIT {

    private static final Pattern TAG = Pattern.compile("<(/?form|input|select|textarea|button|option)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern INTO_WEB_INF = Pattern.compile("<redirect url=\"[^\"]*WEB-INF[^\"]*\"|action=\"[^\"]*WEB-INF[^\"]*\"");
    private static final Pattern STACK_LINE = Pattern.compile("^\\s+at [\\w$.<>/]+\\(.*\\)\\s*$|^Caused by: .*");

    private static final List<String> PUBLIC_PAGES = List.of("/", "/index", "/index?type=corporate&continue=%2Fmypage%2F..%2Fx",
            "/signup/personal", "/signup/corporate", "/forgot-password", "/forgot-password?type=FORGED",
            "/resend-confirmation", "/resend-confirmation?type=%FF", "/reset-password?token=forged",
            "/reset-password", "/confirm?token=" + "A".repeat(5000), "/confirm", "/accept-invitation?token=x%00y",
            "/certificates/verify", "/certificates/verify?code=%E3%81", "/local-mailbox", "/admin/",
            "/admin/index?continue=https%3A%2F%2Fevil.example", "/admin/second-factor", "/terms-of-use.pdf", "/no-such-page",
            "/WEB-INF/web.xml", "/index.xhtml?x=%C3%28");
    private static final List<String> MY_PAGES = List.of("/mypage/my-trainings", "/mypage/trainings",
            "/mypage/training?course=abc", "/mypage/training?course=999999999&session=-1", "/mypage/training",
            "/mypage/apply?course=1&session=abc", "/mypage/apply?course=99999999999999999999",
            "/mypage/applications", "/mypage/order?id=abc", "/mypage/order?id=99999999", "/mypage/order",
            "/mypage/settings", "/mypage/history", "/mypage/learning-history", "/mypage/learning-history?sort=FORGED&asc=maybe",
            "/mypage/learn?seat=abc", "/mypage/learn?seat=99999999&lesson=-5", "/mypage/learn",
            "/mypage/linked-learners", "/mypage/applications.csv?status=FORGED&q=%FF",
            "/mypage/certificate?seat=abc", "/mypage/certificate?seat=99999999", "/mypage/certificate",
            "/mypage/admission-ticket?seat=-1", "/mypage/learning-history.csv?sort=x", "/mypage/learning-history.xlsx?asc=x",
            "/mypage/lesson-content/abc", "/mypage/lesson-content/99999/99999", "/mypage/lesson-content/..%2F..%2Fetc%2Fpasswd",
            "/mypage/lesson-content/", "/mypage/linked-learners.csv?q=%00", "/mypage/order-document?id=abc&kind=FORGED",
            "/mypage/order-document?id=99999999&kind=INVOICE", "/mypage/order-document");
    private static final List<String> ADMIN_PAGES = List.of("/admin/applications", "/admin/application?id=abc",
            "/admin/application?id=99999999", "/admin/application", "/admin/courses", "/admin/course?id=abc",
            "/admin/course?id=99999999", "/admin/course", "/admin/import", "/admin/new-account", "/admin/operators",
            "/admin/orders", "/admin/orders?status=FORGED&payment=x", "/admin/order?id=abc", "/admin/order?id=99999999",
            "/admin/progress?course=abc", "/admin/progress?course=99999999", "/admin/roster?session=abc",
            "/admin/roster?session=99999999", "/admin/settings");

    private final List<String> problems = new ArrayList<>();
    private int sent;

    @Test
    void noMalformedRequestGetsA5xxOrAStackTrace() throws IOException {
        Path log = Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "logs", "server.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;

        String learnerPrefix = "malformed" + UUID.randomUUID().toString().substring(0, 6);
        Browser.seed("learners?prefix=" + learnerPrefix + "&count=1&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        String company = uniqueEmail("malformedco");
        signUpCorporate(company, "株式会社マルフォーム");
        confirmByMail(company, 1);

        Map<String, Login> users = new LinkedHashMap<>();
        users.put("signed out", null);
        users.put("learner", new Login("/index", "PERSONAL", learnerPrefix + "-0@example.test", PASSWORD));
        users.put("company", new Login("/index", "CORPORATE", company, PASSWORD));
        users.put("operator", new Login("/admin/index", null, OperatorSignIn.anOperator(), OperatorSignIn.POOL_PASSWORD));

        for (Map.Entry<String, Login> user : users.entrySet()) {
            List<String> pages = new ArrayList<>(PUBLIC_PAGES);
            if (user.getValue() == null) {
                pages.addAll(MY_PAGES.subList(0, 5));
                pages.addAll(ADMIN_PAGES.subList(0, 5));
            } else if (user.getValue().type() == null) {
                pages.addAll(ADMIN_PAGES);
                pages.addAll(MY_PAGES.subList(0, 3));
            } else {
                pages.addAll(MY_PAGES);
                pages.addAll(ADMIN_PAGES.subList(0, 3));
            }
            FormClient client = signIn(user.getValue());
            for (String page : pages) {
                exercise(user.getKey(), client, page);
            }
        }

        String trace = stackTraceLines(log, logStart);
        problems.forEach(problem -> System.out.println("MalformedRequestsIT problem: " + problem));
        System.out.println("MalformedRequestsIT: " + sent + " malformed requests as " + users.keySet() + ", "
                + problems.size() + " not answered cleanly");
        assertTrue(problems.isEmpty(), problems.size() + " of " + sent + " requests were not answered cleanly:\n"
                + String.join("\n", problems.subList(0, Math.min(problems.size(), 80))));
        assertTrue(sent >= 1000, "at least 1,000 malformed requests, sent " + sent);
        assertEquals("", trace, "the server log gains no stack trace line");
    }

    @Test
    void anExpiredViewReturnsToTheSamePageWithAMessageAndWhatWasTyped() {
        FormClient forgot = new FormClient().open("/forgot-password", "forgotForm");
        String emailField = forgot.fields().keySet().stream().filter(name -> name.startsWith("forgotForm:")).findFirst()
                .orElse("forgotForm:email");
        forgot.set("forgotForm:email", "typed.before.expiry@example.test")
                .set("jakarta.faces.ViewState", "-1234567890123456789:-987654321987654321");
        HttpResponse<String> answer = forgot.post();
        assertEquals(302, answer.statusCode(), "a redirect, no error page: " + emailField);
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/forgot-password"), "to the same page: " + location);
        HttpResponse<String> page = forgot.get(location);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("ページの有効期限が切れていたため"), "the page says what happened");
        assertTrue(page.body().contains("value=\"typed.before.expiry@example.test\""), "what was typed is there again");

        FormClient ajax = new FormClient().open("/forgot-password", "forgotForm");
        String body = "forgotForm=forgotForm&forgotForm%3Aemail=x%40example.test&jakarta.faces.ViewState=forged"
                + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=forgotForm%3Asend&jakarta.faces.partial.execute=%40form";
        HttpResponse<String> partial = ajax.request("POST", ajax.action(), Map.of("Faces-Request", "partial/ajax",
                "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, partial.statusCode(), partial.body());
        assertTrue(partial.body().contains("<redirect url=\"") && partial.body().contains("/forgot-password\""),
                "an ajax request gets a partial-response redirect to the page itself: " + partial.body());
        assertTrue(!partial.body().contains("WEB-INF"), "never to an error page's path: " + partial.body());
    }

    private record Login(String page, String type, String email, String password) {
    }

    private FormClient signIn(Login login) {
        FormClient client = new FormClient();
        if (login == null) {
            return client;
        }
        FormClient form = client.open(login.page(), "loginForm")
                .set("loginForm:email", login.email())
                .set("loginForm:password", login.password())
                .set("loginForm:login", "ログイン");
        if (login.type() != null) {
            form.set("loginForm:type", login.type());
        }
        HttpResponse<String> answer = form.post();
        assertEquals(302, answer.statusCode(), "signed in as " + login.email());
        if (login.page().startsWith("/admin/")) {
            assertEquals(302, OperatorSignIn.secondStep(client.sameSession(), login.email()).statusCode(),
                    "the operator's code passes");
        }
        return client.sameSession();
    }

    /** Every malformed request for one page: its GET, other methods, and each form's posts. */
    private void exercise(String user, FormClient client, String page) {
        HttpResponse<String> get = check(user, "GET " + page, client.get(page));
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE")) {
            check(user, method + " " + page, client.request(method, page, Map.of(), null));
        }
        check(user, "POST (empty form) " + page, client.request("POST", page,
                Map.of("Content-Type", "application/x-www-form-urlencoded"), new byte[0]));
        check(user, "POST (invalid UTF-8 body) " + page, client.request("POST", page,
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), invalidUtf8("q")));
        if (get == null || get.statusCode() != 200 || !get.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return;
        }
        for (Form form : forms(get.body())) {
            if (form.id().contains("logout") || form.buttons().stream().anyMatch(button -> button.contains("logout"))) {
                continue;
            }
            String action = form.action();
            // 停止する and 2段階認証をリセット act on another operator (the first rows are the bootstrap operator
            // and the pool of OperatorSignIn, whom later tests sign in as): like logout, not pressed here
            List<String> harmless = form.buttons().stream()
                    .filter(button -> !button.endsWith(":stop") && !button.endsWith(":resetSecondFactor")).toList();
            if (harmless.isEmpty() && !form.buttons().isEmpty()) {
                continue;
            }
            List<String> buttons = harmless.isEmpty() ? List.of("") : harmless.subList(0, Math.min(2, harmless.size()));
            for (String button : buttons) {
                String where = " " + form.id() + (button.isEmpty() ? "" : " [" + button + "]") + " on " + page;
                Map<String, String> base = new LinkedHashMap<>(form.hidden());
                if (!button.isEmpty()) {
                    base.put(button, "x");
                }
                Map<String, String> noState = new LinkedHashMap<>(base);
                noState.remove("jakarta.faces.ViewState");
                post(user, client, "no view state" + where, action, noState, false);
                post(user, client, "stale view state" + where, action, with(base, "jakarta.faces.ViewState",
                        "-8035393145282352721:3374127768339474421"), false);
                post(user, client, "forged view state (ajax)" + where, action, with(base, "jakarta.faces.ViewState",
                        "<script>alert(1)</script>"), true);
                post(user, client, "forged nonce" + where, action, with(base, "primefaces.nonce", "Zm9yZ2Vk"), true);
                post(user, client, "oversized values" + where, action, filled(base, form, "長".repeat(100_000)), false);
                post(user, client, "wrong-typed values" + where, action, filled(base, form, "abc'\"<x>%; DROP TABLE account"), false);
                post(user, client, "forged ids and selections (ajax)" + where, action, filled(base, form, "99999999999999999999"), true);
                post(user, client, "negative numbers" + where, action, filled(base, form, "-1"), false);
                post(user, client, "forged hidden fields (selections, row keys)" + where, action, forgedHidden(base), false);
                post(user, client, "forged hidden fields (ajax)" + where, action, forgedHidden(base), true);
                Map<String, String> raw = new LinkedHashMap<>(base);
                String body = encode(raw) + "&" + invalidUtf8Pairs(form);
                check(user, "invalid UTF-8" + where, client.request("POST", action,
                        Map.of("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), body.getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
    }

    private void post(String user, FormClient client, String what, String action, Map<String, String> fields, boolean ajax) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        if (ajax) {
            headers.put("Faces-Request", "partial/ajax");
            body.put("jakarta.faces.partial.ajax", "true");
            body.put("jakarta.faces.partial.execute", "@all");
            body.put("jakarta.faces.partial.render", "@all");
            body.putIfAbsent("jakarta.faces.source", fields.keySet().stream().filter(name -> name.contains(":")).findFirst().orElse("x"));
        }
        HttpResponse<String> answer = check(user, "POST " + what, client.request("POST", action, headers,
                encode(body).getBytes(StandardCharsets.UTF_8)));
        // The answer must not send the browser into WEB-INF (a redirect there, or the error page's form posting
        // there). PrimeFaces' settings script names the error pages' locations, which is no address to go to.
        if (ajax && answer != null && answer.statusCode() == 200 && answer.body().contains("<partial-response")) {
            Matcher into = INTO_WEB_INF.matcher(answer.body());
            if (into.find()) {
                problems.add(user + ": POST " + what + ": an ajax answer points into WEB-INF: " + into.group());
            }
        }
    }

    /** Counts the request; a 5xx or an empty 200 is a problem. */
    private HttpResponse<String> check(String user, String what, HttpResponse<String> answer) {
        sent++;
        int status = answer.statusCode();
        if (status >= 500) {
            problems.add(user + ": " + what + " → " + status + " " + excerpt(answer.body()));
        } else if (status == 200 && answer.body().isBlank() && !what.startsWith("PUT") && !what.startsWith("DELETE")
                && !what.startsWith("PATCH") && !what.startsWith("TRACE")) {
            problems.add(user + ": " + what + " → an empty 200");
        }
        return answer;
    }

    private static String excerpt(String body) {
        String text = body.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        return text.substring(0, Math.min(160, text.length()));
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    /** Every visible field of the form (texts, selects, radios, checkboxes, text areas) set to the value. */
    private static Map<String, String> filled(Map<String, String> base, Form form, String value) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        for (String name : form.fields()) {
            fields.put(name, value);
        }
        return fields;
    }

    /** Every hidden field but the view state, the nonce and the form's own marker set to a forged id. */
    private static Map<String, String> forgedHidden(Map<String, String> base) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        fields.replaceAll((name, value) -> name.startsWith("jakarta.faces.") || name.equals("primefaces.nonce")
                || !name.contains(":") ? value : "99999999999999999999,-1,abc");
        return fields;
    }

    private static String invalidUtf8Pairs(Form form) {
        List<String> names = form.fields().isEmpty() ? List.of("q") : form.fields();
        return names.stream().map(name -> URLEncoder.encode(name, StandardCharsets.UTF_8) + "=%FF%FE%C3%28\u00ff\u00fe")
                .collect(Collectors.joining("&"));
    }

    private static byte[] invalidUtf8(String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((name + "=").getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28, '%', 'Z', 'Z'});
        return bytes.toByteArray();
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private record Form(String id, String action, Map<String, String> hidden, List<String> fields, List<String> buttons) {
    }

    /** The page's forms: hidden fields with their values, the names of the other fields and buttons. */
    private static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Form current = null;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String kind = tag.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2).replace("&amp;", "&"));
            }
            if (kind.equals("form")) {
                current = new Form(attributes.getOrDefault("id", "?"), attributes.getOrDefault("action", "/"),
                        new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
                forms.add(current);
                continue;
            }
            if (kind.equals("/form")) {
                current = null;
                continue;
            }
            String name = attributes.get("name");
            if (current == null || name == null) {
                continue;
            }
            String type = attributes.getOrDefault("type", kind.equals("button") ? "submit" : "text").toLowerCase(Locale.ROOT);
            if (type.equals("hidden")) {
                current.hidden().put(name, attributes.getOrDefault("value", ""));
            } else if (type.equals("submit") || type.equals("image")) {
                current.buttons().add(name);
            } else if (!type.equals("file") && !current.fields().contains(name)) {
                current.fields().add(name);
            }
        }
        return forms;
    }

    /** The stack trace lines the server log gained since the test began (a rotated log is read whole). */
    private static String stackTraceLines(Path log, long start) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        long from = Files.size(log) < start ? 0 : start;
        List<String> lines = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            byte[] rest = new byte[(int) (file.length() - from)];
            file.readFully(rest);
            for (String line : new String(rest, StandardCharsets.UTF_8).split("\n")) {
                if (STACK_LINE.matcher(line).find()) {
                    lines.add(line);
                }
            }
        }
        return lines.stream().limit(40).collect(Collectors.joining("\n"));
    }
}
