//! A client for AnkiConnect's JSON API (version 6): one POST of `{action, version, params, key}`
//! per request, answered by `{result, error}`.
//!
//! Only plain HTTP (AnkiConnect serves nothing else) to a loopback address, unless the user
//! names another host with `--url` themselves. Batches go through AnkiConnect's `multi`, whose
//! inner actions each carry the version and the key (AnkiConnect checks the key of every inner
//! action, and answers an inner action without a version in the bare version-4 shape).
//! The API key is never part of an error message or a `Debug` output.

use std::fmt;
use std::net::IpAddr;
use std::time::Duration;

use serde_json::{Value, json};

use super::PushError;

/// The URL AnkiConnect listens on by default.
pub const DEFAULT_URL: &str = "http://127.0.0.1:8765";
/// The API version deckgen speaks.
pub const API_VERSION: u64 = 6;
/// How long one request may take: importing a package of 10,000 notes takes a few seconds.
const TIMEOUT: Duration = Duration::from_secs(300);
/// How long connecting may take (loopback refuses at once; another machine may not answer).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where AnkiConnect is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    url: String,
    loopback: bool,
}

impl Endpoint {
    /// Checks `url`: `http://` only, and a loopback host unless `explicit` (the user typed it on
    /// the command line).
    pub fn parse(url: &str, explicit: bool) -> Result<Endpoint, PushError> {
        let bad = |why: &str| PushError::BadUrl {
            url: url.to_string(),
            why: why.to_string(),
        };
        let uri: ureq::http::Uri = url.parse().map_err(|_| bad("not a URL"))?;
        match uri.scheme_str() {
            Some("http") => {}
            Some("https") => {
                return Err(bad(
                    "AnkiConnect serves plain HTTP; use http:// (on this machine nothing leaves it)",
                ));
            }
            _ => return Err(bad("it must start with http://")),
        }
        let host = uri.host().ok_or_else(|| bad("it names no host"))?;
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        let loopback = bare.eq_ignore_ascii_case("localhost")
            || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
        if !loopback && !explicit {
            return Err(bad(
                "only this machine (127.0.0.1, localhost) is used unless you pass --url",
            ));
        }
        Ok(Endpoint {
            url: url.to_string(),
            loopback,
        })
    }

    /// The URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Whether it is this machine.
    pub fn is_loopback(&self) -> bool {
        self.loopback
    }
}

/// An API key; shown as `***` everywhere.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key.
    pub fn new(key: String) -> ApiKey {
        ApiKey(key)
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(***)")
    }
}

/// One action for [`Client::multi`].
#[derive(Debug, Clone)]
pub struct Action {
    /// Its name (`notesInfo`).
    pub name: &'static str,
    /// Its parameters.
    pub params: Value,
}

impl Action {
    /// An action.
    pub fn new(name: &'static str, params: Value) -> Action {
        Action { name, params }
    }
}

/// A connection to AnkiConnect.
pub struct Client {
    endpoint: Endpoint,
    key: Option<ApiKey>,
    agent: ureq::Agent,
    answered: bool,
    requests: u64,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint)
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `endpoint` (nothing is sent yet).
    pub fn new(endpoint: Endpoint, key: Option<ApiKey>) -> Client {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            .timeout_connect(Some(CONNECT_TIMEOUT))
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        Client {
            endpoint,
            key,
            agent,
            answered: false,
            requests: 0,
        }
    }

    /// Requests sent so far.
    pub fn requests(&self) -> u64 {
        self.requests
    }

    /// Checks that AnkiConnect answers, accepts the key and speaks version 6.
    pub fn handshake(&mut self) -> Result<u64, PushError> {
        let version = self.call("version", json!({}))?;
        let version = version
            .as_u64()
            .ok_or_else(|| self.malformed("version", &version))?;
        if version < API_VERSION {
            return Err(PushError::TooOld { version });
        }
        Ok(version)
    }

    /// Sends one action and returns its result.
    pub fn call(&mut self, action: &'static str, params: Value) -> Result<Value, PushError> {
        let body = self.envelope(action, params);
        let reply = self.post(action, &body)?;
        self.unwrap_reply(action, reply)
    }

    /// Sends actions in one `multi` request; the results in order. The first action that fails
    /// fails the whole call (those before it have taken effect: every step of a push is safe to
    /// repeat).
    pub fn multi(&mut self, actions: Vec<Action>) -> Result<Vec<Value>, PushError> {
        self.multi_each(actions)?.into_iter().collect()
    }

    /// Sends actions in one `multi` request; each action's own result, in order (`Err` for the
    /// request as a whole: Anki unreachable, a refused key, an unreadable answer).
    pub fn multi_each(
        &mut self,
        actions: Vec<Action>,
    ) -> Result<Vec<Result<Value, PushError>>, PushError> {
        if actions.is_empty() {
            return Ok(Vec::new());
        }
        let names: Vec<&'static str> = actions.iter().map(|a| a.name).collect();
        let inner: Vec<Value> = actions
            .into_iter()
            .map(|a| self.envelope(a.name, a.params))
            .collect();
        let replies = self.call("multi", json!({ "actions": inner }))?;
        let Value::Array(replies) = replies else {
            return Err(self.malformed("multi", &replies));
        };
        if replies.len() != names.len() {
            return Err(PushError::Protocol {
                action: "multi",
                message: format!(
                    "{} actions sent, {} results received",
                    names.len(),
                    replies.len()
                ),
            });
        }
        let mut results: Vec<Result<Value, PushError>> = names
            .into_iter()
            .zip(replies)
            .map(|(name, reply)| self.unwrap_reply(name, reply))
            .collect();
        // A refused key, an unknown action or no open collection concerns every action: the
        // request as a whole fails.
        let fatal = results.iter().position(|r| {
            matches!(
                r,
                Err(PushError::WrongKey | PushError::Unsupported { .. } | PushError::NoCollection)
            )
        });
        match fatal {
            Some(i) => Err(results
                .swap_remove(i)
                .err()
                .unwrap_or(PushError::NoCollection)),
            None => Ok(results),
        }
    }

    fn envelope(&self, action: &str, params: Value) -> Value {
        let mut body = json!({ "action": action, "version": API_VERSION, "params": params });
        if let (Some(key), Value::Object(map)) = (&self.key, &mut body) {
            map.insert("key".into(), Value::String(key.0.clone()));
        }
        body
    }

    fn post(&mut self, action: &'static str, body: &Value) -> Result<Value, PushError> {
        self.requests += 1;
        let bytes = serde_json::to_vec(body).map_err(|e| PushError::Protocol {
            action,
            message: e.to_string(),
        })?;
        let sent = self
            .agent
            .post(self.endpoint.url())
            .header("Content-Type", "application/json")
            .send(&bytes[..]);
        let mut response = match sent {
            Ok(r) => r,
            Err(e) => return Err(self.unreachable(e)),
        };
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_vec()
            .map_err(|e| self.unreachable(e))?;
        if status == 403 {
            return Err(PushError::Forbidden);
        }
        if status != 200 {
            return Err(PushError::Protocol {
                action,
                message: format!("HTTP status {status}"),
            });
        }
        self.answered = true;
        serde_json::from_slice(&text).map_err(|_| PushError::Protocol {
            action,
            message: format!(
                "the answer is not JSON: {}",
                String::from_utf8_lossy(&text[..text.len().min(80)])
            ),
        })
    }

    fn unreachable(&self, e: ureq::Error) -> PushError {
        let url = self.endpoint.url().to_string();
        if self.answered {
            PushError::ConnectionLost {
                url,
                message: e.to_string(),
            }
        } else {
            PushError::NotRunning {
                url,
                message: e.to_string(),
            }
        }
    }

    fn unwrap_reply(&self, action: &'static str, reply: Value) -> Result<Value, PushError> {
        let Value::Object(mut map) = reply else {
            return Err(self.malformed(action, &reply));
        };
        match map.remove("error") {
            Some(Value::Null) => Ok(map.remove("result").unwrap_or(Value::Null)),
            Some(Value::String(message)) => Err(classify(action, message)),
            Some(other) => Err(self.malformed(action, &other)),
            None => Err(self.malformed(action, &Value::Object(map))),
        }
    }

    fn malformed(&self, action: &'static str, value: &Value) -> PushError {
        let mut text = value.to_string();
        text.truncate(120);
        PushError::Protocol {
            action,
            message: format!("unexpected answer {text}"),
        }
    }
}

/// Turns AnkiConnect's error strings into errors that say what to do.
fn classify(action: &'static str, message: String) -> PushError {
    if message.contains("valid api key must be provided") {
        PushError::WrongKey
    } else if message.contains("unsupported action") {
        PushError::Unsupported { action }
    } else if message.contains("collection is not available") {
        PushError::NoCollection
    } else {
        PushError::Anki { action, message }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_urls_pass_others_need_to_be_explicit() {
        for url in [
            "http://127.0.0.1:8765",
            "http://localhost:8765",
            "http://[::1]:8765/",
            "http://127.0.0.2:9",
        ] {
            let e = Endpoint::parse(url, false).unwrap();
            assert!(e.is_loopback(), "{url}");
        }
        assert!(matches!(
            Endpoint::parse("http://192.168.1.5:8765", false),
            Err(PushError::BadUrl { .. })
        ));
        let remote = Endpoint::parse("http://192.168.1.5:8765", true).unwrap();
        assert!(!remote.is_loopback());
        assert!(Endpoint::parse("https://127.0.0.1:8765", true).is_err());
        assert!(Endpoint::parse("ftp://127.0.0.1", true).is_err());
        assert!(Endpoint::parse("not a url", true).is_err());
    }

    #[test]
    fn the_key_is_never_shown() {
        let client = Client::new(
            Endpoint::parse(DEFAULT_URL, false).unwrap(),
            Some(ApiKey::new("s3cret".into())),
        );
        assert!(!format!("{client:?}").contains("s3cret"));
    }

    #[test]
    fn error_strings_are_classified() {
        assert!(matches!(
            classify("version", "valid api key must be provided".into()),
            PushError::WrongKey
        ));
        assert!(matches!(
            classify("notesInfo", "unsupported action".into()),
            PushError::Unsupported { .. }
        ));
        assert!(matches!(
            classify("addTags", "boom".into()),
            PushError::Anki { .. }
        ));
    }
}
