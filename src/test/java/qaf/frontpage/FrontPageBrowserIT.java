package qaf.frontpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import qaf.store.Database;

/**
 * The sample's front page in a real browser: Debian's chromium driven by Selenium (both installed by
 * .ci/run). It opens the page from the output folder, filters, follows a link to a PDF, and runs
 * axe-core (vendored from the npm registry into src/test/resources/axe) with no WCAG 2.2 AA
 * violation. Screenshots go to target/frontpage-browser/ to be looked at.
 */
class FrontPageBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "frontpage-browser");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path dir;

    private static Path out;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        try (Database db = SampleSite.load(dir)) {
            out = dir.resolve("output");
            SampleSite.build(db, out, SampleSite.BOARD_KINDS);
            SampleSite.build(db, out, SampleSite.CASE_KINDS);
        }
        Files.createDirectories(SCREENSHOTS);
        browser = chromium(true);
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
    }

    /** Debian's chromium, headless, with a fresh profile and nothing that reaches the network. */
    private static ChromeDriver chromium(boolean javaScript) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"), "--window-size=1280,1400");
        if (!javaScript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    @Test
    void withoutJavaScriptEveryRowShowsAndNoFilterBoxIsOffered() throws IOException {
        ChromeDriver plain = chromium(false);
        try {
            plain.get(out.resolve(FrontPage.FILE_NAME).toUri().toString());
            assertFalse(plain.findElement(By.id("filter-box")).isDisplayed(), "no box that would do nothing");
            int rows = plain.findElements(By.cssSelector("tr[data-filter]")).size();
            assertTrue(rows > 100);
            assertEquals(rows, visibleRows(plain).size());
            Files.write(SCREENSHOTS.resolve("5-without-javascript.png"), plain.getScreenshotAs(OutputType.BYTES));
        } finally {
            plain.quit();
        }
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void filtersFollowsALinkToAPdfAndHasNoWcag22AaViolation() throws IOException {
        browser.get(out.resolve(FrontPage.FILE_NAME).toUri().toString());
        assertTrue(browser.getTitle().endsWith(": documents and deadlines 2018-19"), browser.getTitle());
        screenshot("1-opened");

        // The first Tab reaches the skip link, which is shown when focused.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to the content", focused.getText());
        assertTrue(focused.isDisplayed());

        WebElement filter = browser.findElement(By.id("filter"));
        assertTrue(filter.isDisplayed(), "the script shows the filter box");
        int all = rowCount();
        assertEquals(all, visibleRows(browser).size());
        filter.sendKeys("act-001");
        List<String> shown = visibleRows(browser);
        assertFalse(shown.isEmpty());
        assertTrue(shown.size() < all);
        for (String row : shown) {
            assertTrue(row.contains("act-001"), row);
        }
        assertEquals(shown.size() + " of " + all + " rows match", browser.findElement(By.id("filter-status")).getText());
        screenshot("2-filtered-act-001");

        filter.clear();
        filter.sendKeys("chronology ch1032");
        List<String> chronologies = visibleRows(browser);
        assertFalse(chronologies.isEmpty());
        assertTrue(chronologies.stream().allMatch(r -> r.contains("chronology") && r.contains("ch1032")));
        assertFalse(browser.findElement(By.id("due")).isDisplayed(), "a section with no matching row is hidden");
        screenshot("3-filtered-chronologies");
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> visibleRows(browser).size() == all);

        JsonNode axe = axe();
        assertTrue(axe.get("passes").asInt() > 10, "axe ran its rules: " + axe);
        assertEquals("[]", axe.get("violations").toString(), "WCAG 2.2 AA violations");

        WebElement pdf = browser.findElement(By.cssSelector("a[href$='action-tracker.pdf']"));
        String href = pdf.getAttribute("href");
        pdf.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> Objects.equals(b.getCurrentUrl(), href));
        Path file = Path.of(java.net.URI.create(href));
        assertTrue(Files.isRegularFile(file));
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals("%PDF", new String(in.readNBytes(4), StandardCharsets.US_ASCII));
        }
        // Opened as a PDF in the browser's own viewer, not downloaded or shown as text.
        assertEquals("application/pdf", browser.executeScript("return document.contentType;"));
        pause(Duration.ofSeconds(3)); // only so that the screenshot shows the viewer's first page drawn
        screenshot("4-pdf");
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().endsWith("/index.html"));
    }

    /** Runs axe-core on the page as it stands; returns its violations and how many rules passed. */
    private JsonNode axe() throws IOException {
        String source;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/axe/axe.min.js"),
                "src/test/resources/axe/axe.min.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = browser;
        js.executeScript(source);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify({violations: r.violations.map(function (v) {"
                + " return {id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target; })}; }),"
                + " passes: r.passes.length, incomplete: r.incomplete.length})); })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });", WCAG_22_AA);
        JsonNode node = new ObjectMapper().readTree((String) result);
        assertFalse(node.has("error"), String.valueOf(node.get("error")));
        Files.writeString(SCREENSHOTS.resolve("axe-result.json"), node.toPrettyString() + "\n");
        return node;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int rowCount() {
        return ((Number) browser.executeScript("return document.querySelectorAll('tr[data-filter]').length;")).intValue();
    }

    /** The filter text of every row the browser draws (asked in one script: hundreds of rows). */
    @SuppressWarnings("unchecked")
    private static List<String> visibleRows(JavascriptExecutor page) {
        return (List<String>) page.executeScript("return Array.prototype.slice.call("
                + "document.querySelectorAll('tr[data-filter]')).filter(function (r) { return r.getClientRects()"
                + ".length > 0; }).map(function (r) { return r.getAttribute('data-filter'); });");
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
