package org.turath.support;

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
}
