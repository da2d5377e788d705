/*
 * For the tests only, preloaded into Janus: Janus gathers no ICE candidates on an
 * interface flagged IFF_LOOPBACK, so on a machine whose only safe address is
 * 127.0.0.1 it could not carry a call. This hides the flag from the interface list
 * Janus reads (getifaddrs); with `ice_enforce_list = "lo"` Janus then offers
 * 127.0.0.1 only, and the test's media never leaves the loopback interface.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <ifaddrs.h>
#include <net/if.h>

int getifaddrs(struct ifaddrs **list) {
    int (*real)(struct ifaddrs **) = (int (*)(struct ifaddrs **))dlsym(RTLD_NEXT, "getifaddrs");
    int result = real(list);
    if (result == 0)
        for (struct ifaddrs *entry = *list; entry != 0; entry = entry->ifa_next)
            entry->ifa_flags &= ~IFF_LOOPBACK;
    return result;
}
