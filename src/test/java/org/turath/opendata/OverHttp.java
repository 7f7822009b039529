package org.turath.opendata;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.turath.support.Http;
import org.turath.support.RegistryFixture;

/** Where the open-data tests start: the demo List, and a plain HTTP client of the real server (no cookies). */
abstract class OverHttp {

    @LocalServerPort
    int port;

    @Autowired
    RegistryFixture registry;

    Http http;

    @BeforeEach
    void demoDataOverHttp() {
        registry.demoData();
        http = new Http(port);
    }
}
