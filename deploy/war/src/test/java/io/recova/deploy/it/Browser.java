package io.recova.deploy.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver: never a downloaded browser or
 * driver (Selenium Manager is bypassed by naming both binaries).
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final Path userDataDir;

  public Browser(String language) {
    try {
      userDataDir = Files.createTempDirectory("recova-chromium");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--lang=" + language,
        "--user-data-dir=" + userDataDir);
    options.setExperimentalOption(
        "prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement await(By by) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failure(e);
    }
  }

  /** Waits until the element no longer shows the text (a filter took effect, say). */
  public void awaitNoText(By by, String text) {
    try {
      patiently().until(d -> !d.findElement(by).getText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failure(e);
    }
  }

  /**
   * Waits until the element shows the text, scrolled into view first: a page rebuilt after an
   * action comes back to the section acted in, and WebDriver reads only what is on screen.
   */
  public void awaitText(By by, String text) {
    try {
      patiently().until(d -> {
        WebElement element = d.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript("arguments[0].scrollIntoView({block: 'nearest'})", element);
        return element.getText().contains(text);
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failure(e);
    }
  }

  /** Clicks by script: a notification may still cover the element. */
  public void click(By by) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].click()", await(by));
  }

  /** Types into a Vaadin field's input, then presses {@code after} (Enter commits a date). */
  public void type(By field, String text, org.openqa.selenium.Keys after) {
    WebElement input = await(field).findElement(By.cssSelector("input"));
    input.clear();
    input.sendKeys(text);
    input.sendKeys(after);
  }

  /** Scrolls the element into view, for a screenshot of it. */
  public void scrollTo(By by) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView()", driver.findElement(by));
  }

  /** Opens a Vaadin select and picks the first item whose text contains {@code item}. */
  public void choose(By select, String item) {
    click(select);
    WebElement option = await(By.xpath(
        "//vaadin-select-item[contains(normalize-space(.), \"" + item + "\")]"));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()",
        option);
    awaitText(select, item);
  }

  /**
   * Waits until the element's content holds the text, whether or not the element is scrolled into
   * view (a message far above the form that caused it, say; a notification repeats it there).
   */
  public void awaitContent(By by, String text) {
    try {
      patiently().until(d -> {
        String content = d.findElement(by).getAttribute("textContent");
        return content != null && content.contains(text);
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failure(e);
    }
  }

  /**
   * A 30-second wait that retries through the errors a page in the middle of a reload gives
   * (ChromeDriver's "node does not belong to the document" is not a stale-element exception).
   */
  private org.openqa.selenium.support.ui.FluentWait<WebDriver> patiently() {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.WebDriverException.class);
  }

  /** A wait that failed, with what the browser showed: URL, text and a screenshot. */
  private AssertionError failure(Exception cause) {
    Path shot = screenshot("failure-" + System.currentTimeMillis());
    return new AssertionError(
        cause.getMessage()
            + "\nat "
            + driver.getCurrentUrl()
            + " (screenshot "
            + shot
            + ")\n"
            + driver.getPageSource().substring(0, Math.min(3000, driver.getPageSource().length())),
        cause);
  }

  /**
   * The deployed application's address as the browser must use it: Keycloak's redirect URIs name
   * localhost, not the host Arquillian reports.
   */
  public static String localBase(java.net.URL deployed) {
    return deployed.toString().replaceFirst("//[^:/]+", "//localhost");
  }

  /** Opens the application, logs in as the user and waits for the navigation. */
  public void logInAs(String base, String username) {
    open(base);
    logInAtKeycloak(username, Tokens.PASSWORD);
    await(By.id("main-nav"));
  }

  /** Logs in on Keycloak's page, which the application redirected to. */
  public void logInAtKeycloak(String username, String password) {
    await(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  /** Keeps a screenshot as a test artefact under target/screenshots. */
  public Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(userDataDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // A leftover temp profile is harmless.
      }
    }
  }
}
