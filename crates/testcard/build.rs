//! Links OpenPACE (Debian `libeac-dev`) and the OpenSSL libcrypto it builds on.

fn main() {
    println!("cargo:rustc-link-lib=eac");
    println!("cargo:rustc-link-lib=crypto");
    println!("cargo:rerun-if-changed=build.rs");
}
