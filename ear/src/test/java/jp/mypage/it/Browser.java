package jp.mypage.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through the real pages. One per test, so no cookies are shared.
 * Ids are the pages' element ids ({@code loginForm:email}).
 */
final class Browser implements AutoCloseable {

    static final String BASE = "http://localhost:8080";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * How often a wait looks again. Selenium's default, 500 ms, cost every submit and every awaited
     * element up to half a second after the page had answered: on a 2-processor machine the suite
     * spent minutes asleep in waits.
     */
    private static final Duration POLL = Duration.ofMillis(100);

    private final WebDriver driver;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=ja", "--window-size=1200,1000");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // The console's messages (a script the Content-Security-Policy refused is reported there).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** A wait of up to {@link #WAIT} that looks every {@link #POLL}. */
    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT, POLL);
    }

    /**
     * Opens the page. A page answered 403 is asked for once more, and the first answer printed:
     * Payara 6.2025.9 answers some requests 403 though the user may see the page (payara/Payara#6145,
     * fixed after this release; seen here on public pages too, see CapacityRaceIT). A real refusal
     * answers 403 again, which the test then sees.
     */
    Browser open(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : BASE + pathOrUrl;
        driver.get(url);
        if (statusIfKnown() == 403) {
            System.out.println("Browser: " + pathOrUrl + " answered 403 (" + describe() + "), asked again once");
            driver.get(url);
        }
        return this;
    }

    WebElement element(String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    Browser type(String id, String text) {
        return retryOnReplacedPage(() -> {
            WebElement field = element(id);
            field.clear();
            field.sendKeys(text);
        });
    }

    Browser click(String id) {
        return retryOnReplacedPage(() -> element(id).click());
    }

    /** Clicks the visible button that shows the text (dialog buttons have no stable id). */
    Browser clickButtonWithText(String text) {
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[not(ancestor::*[contains(@style,'display: none')])][.//span[text()='" + text + "']]")))
                .click();
        return this;
    }

    /** Whether the element is on the page and shown, without waiting for it. */
    boolean isVisible(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** A page still loading may replace an element between finding and using it: try once more. */
    private Browser retryOnReplacedPage(Runnable action) {
        try {
            action.run();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            action.run();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (!String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                throw e;
            }
            action.run();
        }
        return this;
    }

    /** Chooses a radio option (個人の方 / 法人の方) of the group by its label. */
    Browser choose(String id, String label) {
        element(id).findElement(By.xpath(".//label[normalize-space()='" + label + "']")).click();
        return this;
    }

    /** Clicks and waits until the page was replaced (a non-ajax submit). */
    Browser submit(String id) {
        WebElement[] button = new WebElement[1];
        retryOnReplacedPage(() -> {
            button[0] = element(id);
            button[0].click();
        });
        waiting().until(d -> isGone(button[0]));
        return this;
    }

    /** Whether the element's page was replaced. Chromium reports that either way it can. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    String text(String id) {
        return element(id).getText();
    }

    /** Waits until the page shows the text somewhere. */
    Browser waitForText(String text) {
        waiting().until(d -> d.getPageSource().contains(text));
        return this;
    }

    /** Ticks or unticks a PrimeFaces checkbox and waits until its input says so. */
    Browser check(String id, boolean checked) {
        waiting().until(d -> {
            WebElement input = d.findElement(By.id(id + "_input"));
            if (input.isSelected() == checked) {
                return true;
            }
            d.findElement(By.id(id)).findElement(By.cssSelector(".ui-chkbox-box")).click();
            return input.isSelected() == checked;
        });
        return this;
    }

    /** Waits until the page shows one of the texts. */
    Browser waitForAnyText(String... texts) {
        waiting().until(d -> java.util.Arrays.stream(texts).anyMatch(d.getPageSource()::contains));
        return this;
    }

    /** Clicks the link that shows the text, and waits for the ajax round trip to replace it. */
    Browser clickLinkWithText(String text) {
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(., '" + text + "')]")));
        link.click();
        waiting().until(d -> isGone(link));
        return this;
    }

    /** The driver itself, for a test that waits longer than {@link #WAIT}. */
    /** The console's messages since the last call (Chromium hands each out once). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    WebDriver driver() {
        return driver;
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Runs a script in the page, as a visitor could in the browser's console. */
    Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The row key (PrimeFaces {@code data-rk}) of the table row that shows the text. */
    String rowKey(String tableId, String text) {
        return element(tableId).findElement(By.xpath(".//tr[@data-rk][.//td[contains(., '" + text + "')]]"))
                .getAttribute("data-rk");
    }

    /** Ticks the selection checkbox of the row that shows the text, and waits for the ajax round trip. */
    Browser tickRow(String tableId, String text) {
        By row = By.xpath("//*[@id='" + tableId + "']//tr[@data-rk][.//td[contains(., '" + text + "')]]");
        retryOnReplacedPage(() -> driver.findElement(row).findElement(By.cssSelector(".ui-chkbox-box")).click());
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "true".equals(d.findElement(row).getAttribute("aria-selected")));
        return this;
    }

    /** Clicks the button whose id ends in {@code :buttonId} in the table row that shows the text. */
    Browser clickInRow(String tableId, String text, String buttonId) {
        return retryOnReplacedPage(() -> elementInRow(tableId, text, buttonId).click());
    }

    /**
     * The element whose id ends in {@code :elementId} in the table row that shows the text, once it
     * is shown (an ajax update may still be replacing the table).
     */
    WebElement elementInRow(String tableId, String text, String elementId) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='" + tableId + "']//tr[.//td[contains(., '" + text + "')]]//*[substring(@id, string-length(@id) - "
                        + elementId.length() + ") = ':" + elementId + "']")));
    }

    /** Resizes the window; headless Chromium has no window frame, so this is the page's viewport. */
    Browser windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        waiting().until(d -> ((Number) script("return window.innerWidth")).intValue() == width);
        return this;
    }

    /**
     * How many lines the element's text takes on screen: its text's boxes, counted once per line
     * (a box that starts lower than half a line below the previous line's top is on that line).
     */
    int textLines(WebElement element) {
        return ((Number) script("""
                const boxes = [];
                const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (!node.textContent.trim()) continue;
                    const range = document.createRange();
                    range.selectNodeContents(node);
                    boxes.push(...Array.from(range.getClientRects()).filter(box => box.width > 0));
                }
                boxes.sort((a, b) => a.top - b.top);
                let lines = 0, lineTop = -Infinity;
                for (const box of boxes) {
                    if (box.top - lineTop > box.height / 2) {
                        lines++;
                        lineTop = box.top;
                    }
                }
                return lines;""", element)).intValue();
    }

    /** Clicks the label that shows the text (a radio button's or checkbox's). */
    Browser clickLabel(String text) {
        return retryOnReplacedPage(() -> waiting()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(., '" + text + "')]"))).click());
    }

    /** The texts of the table's data rows, top to bottom. */
    List<String> rowTexts(String tableId) {
        return element(tableId).findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Waits until the element's attribute has the value (an ajax update finished). */
    Browser waitForAttribute(String id, String name, String value) {
        waiting().until(d -> {
            try {
                return value.equals(d.findElement(By.id(id)).getAttribute(name));
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        return this;
    }

    String attribute(String id, String name) {
        return element(id).getAttribute(name);
    }

    /** A GET with this browser's session, outside the page (a PDF, say): the status and the bytes. */
    HttpResponse<byte[]> fetchBytes(String path, String... headerNamesAndValues) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Cookie", cookies);
            for (int i = 0; i + 1 < headerNamesAndValues.length; i += 2) {
                request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
            }
            return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with this browser's session, outside the page (a download, say); the body as UTF-8 text. */
    HttpResponse<String> fetch(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Cookie", "JSESSIONID=" + sessionId()).GET().build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String title() {
        return driver.getTitle();
    }

    /**
     * The HTTP status of the document shown, from the browser's Navigation Timing entry (0 when the browser
     * shows its own error page for a connection that failed): tells Chromium's page for an empty 403 or 500
     * (titled only "localhost") apart.
     */
    int status() {
        Object status = script("const e = performance.getEntriesByType('navigation')[0];"
                + " return e && e.responseStatus !== undefined ? e.responseStatus : -1;");
        return status instanceof Number number ? number.intValue() : -1;
    }

    /** {@link #status()}, or -1 where the page runs no script (a PDF shown by the browser). */
    private int statusIfKnown() {
        try {
            return status();
        } catch (org.openqa.selenium.WebDriverException e) {
            return -1;
        }
    }

    /** What a failed test reports of the page: its title, status, address and the start of its text. */
    String describe() {
        String text;
        try {
            text = driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
        } catch (RuntimeException e) {
            text = "(no body: " + e.getClass().getSimpleName() + ")";
        }
        return title() + " [HTTP " + status() + " at " + driver.getCurrentUrl() + "] "
                + text.substring(0, Math.min(200, text.length()));
    }

    String sessionId() {
        return cookie("JSESSIONID");
    }

    /** The value of the page's cookie of that name, or null. */
    String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    List<String> fieldMessages() {
        return driver.findElements(By.className("field-message")).stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).toList();
    }

    /** Keeps the last page (HTML and screenshot) under target/browser-pages, to see what a failed test saw. */
    void saveLastPage(String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "browser-pages");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
            // What the page's scripts said, and whether a PrimeFaces request was still waiting for its answer.
            Object queue = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.PrimeFaces"
                    + " ? 'PrimeFaces ajax queue empty: ' + PrimeFaces.ajax.Queue.isEmpty() : 'no PrimeFaces on the page'");
            List<String> console = new java.util.ArrayList<>(consoleMessages());
            console.add(0, String.valueOf(queue));
            Files.write(folder.resolve(name + ".console.txt"), console);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("Could not keep the last page of " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** A plain HTTP request outside the browser (as a mail scanner would make). */
    static HttpResponse<String> httpGet(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Moves the portal's clock (test-support module). */
    static void moveClock(Duration by) {
        send(HttpRequest.newBuilder(URI.create(BASE + PortalDeployment.TEST_SUPPORT_CONTEXT + "/api/clock?seconds="
                + by.toSeconds())).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Bulk rows through the test-support module ({@code seed/linked-learners?corporate=…&count=…}). */
    static void seed(String pathAndQuery) {
        send(HttpRequest.newBuilder(URI.create(BASE + PortalDeployment.TEST_SUPPORT_CONTEXT + "/api/seed/" + pathAndQuery))
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A POST to the test-support module; the answer's body. */
    static String supportPost(String pathAndQuery) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(BASE + PortalDeployment.TEST_SUPPORT_CONTEXT + "/api/" + pathAndQuery))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Types a file's path into a file input (a PrimeFaces upload), which uploads it. */
    Browser upload(String inputId, java.nio.file.Path file) {
        driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    static void resetClock() {
        send(HttpRequest.newBuilder(URI.create(BASE + PortalDeployment.TEST_SUPPORT_CONTEXT + "/api/clock"))
                .DELETE().build());
    }

    private static void send(HttpRequest request) {
        try {
            int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("Test support answered " + status);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
