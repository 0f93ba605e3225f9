package se.finsam.sus;

/** Base for tests against the running server on its random port (HTTP and browser tests). */
public abstract class WebTest extends DatabaseTest {}
