//! Integration tests against the real `bk-central` process on 127.0.0.1.

mod api;
mod appointments;
mod backoffice;
mod booking;
mod browser;
mod calls;
mod crash;
mod documents;
mod figures;
mod harness;
mod import;
mod limits;
mod openapi;
mod payments;
mod processes;
mod serve;
mod web;
