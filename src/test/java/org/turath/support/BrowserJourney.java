package org.turath.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey in headless Chromium against the running portal, holding the demo data. */
@IntegrationTest
public abstract class BrowserJourney {

    @LocalServerPort
    protected int port;

    @Autowired
    protected RegistryFixture registry;

    protected WebDriver browser;

    @BeforeEach
    void startBrowser() {
        registry.demoData();
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the sign-in page and waits to be let in. */
    protected void signIn(String email, String password) {
        browser.get(url("/en/login"));
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys(password);
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    protected void signOut() {
        browser.manage().deleteAllCookies();
    }

    protected void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** Sets a date field as a date picker would (typing into one depends on the browser's locale). */
    protected void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
    }

    /** Clicks what a person would see: scrolled into view first, and a clear failure when something covers it. */
    protected void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            throw new AssertionError("something covers " + element.getTagName() + " '" + element.getText() + "': "
                    + ((JavascriptExecutor) browser).executeScript(
                    "var r = arguments[0].getBoundingClientRect(); var e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                            + " return e ? e.outerHTML.substring(0, 300) + ' at ' + JSON.stringify(r) + ' in ' + window.innerHeight : 'nothing';", element), e);
        }
    }

    protected void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }
}
