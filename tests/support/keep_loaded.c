/* Preloaded into the sanitized test runs only (the asan test preset sets
 * LD_PRELOAD): dlclose() does nothing, so every library stays mapped until
 * the process exits.
 *
 * LeakSanitizer looks for leaks at exit. A library unloaded before then
 * takes its globals and its symbols with it: Mesa's DRI driver, which
 * libGLX_mesa unloads when GLFW closes the X display, leaves what its globals
 * held looking leaked, allocated from "<unknown module>", which no
 * suppression can name (clang 14). Kept mapped, those blocks are reachable
 * and a real leak names its module. */
int dlclose(void* handle) {
    (void)handle;
    return 0;
}
