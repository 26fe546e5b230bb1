/**
 * The headless command line, {@code raw-lab}: {@code run} plays a scenario file or preset and prints
 * its timeline (or JSON), {@code validate} checks scenario files, {@code scenarios} lists the presets.
 * Built with picocli; every sentence comes from a resource bundle. Knows nothing of the window.
 */
package dev.rawlab.cli;
