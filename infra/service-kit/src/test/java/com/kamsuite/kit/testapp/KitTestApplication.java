package com.kamsuite.kit.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small service built on the kit, so the kit is tested as the services use it. */
@SpringBootApplication
public class KitTestApplication {
}
