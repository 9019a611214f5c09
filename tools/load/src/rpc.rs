//! A minimal JSON-RPC 2.0 client over HTTP/1.1 on a plain `TcpStream`.
//!
//! The node serves HTTP and WebSocket on the same port; plain HTTP with keep-alive is enough for
//! request/response traffic and keeps the tool free of an async runtime and of a client library
//! whose own buffering would sit between the measurement and the node. Batches (JSON arrays of
//! requests) amortise the per-request cost when submitting hundreds of extrinsics at once.

use std::{
	collections::HashMap,
	fmt,
	io::{self, BufRead, BufReader, Read, Write},
	net::TcpStream,
	time::Duration,
};

use serde_json::{json, Value};

/// Errors of the tool: a message is all the caller needs.
pub type Error = Box<dyn std::error::Error + Send + Sync>;
/// Result with the tool's error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Read timeout: a batch of submissions or a full block can take the node a while, but a
/// minute without an answer means something is wrong.
const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// An error object returned by the node for one call.
#[derive(Debug, Clone, PartialEq)]
pub struct RpcError {
	/// JSON-RPC error code (for `author_submitExtrinsic`: 1010 invalid, 1014 priority too low,
	/// 1016 pool full, ... see `sc-rpc-api`'s author errors).
	pub code: i64,
	/// Short message.
	pub message: String,
	/// Optional details (for 1010: the invalidity reason, e.g. "Transaction is outdated").
	pub data: Option<Value>,
}

impl RpcError {
	/// A key for counting rejections: the code, the message and the node's detail if any.
	pub fn reason(&self) -> String {
		match &self.data {
			Some(Value::String(detail)) => format!("{} {}: {}", self.code, self.message, detail),
			Some(Value::Null) | None => format!("{} {}", self.code, self.message),
			Some(other) => format!("{} {}: {}", self.code, self.message, other),
		}
	}
}

impl fmt::Display for RpcError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "JSON-RPC error {}", self.reason())
	}
}

impl std::error::Error for RpcError {}

/// A JSON-RPC client holding one keep-alive connection, reopened when the server closes it.
pub struct Client {
	/// `host:port` to connect to, also sent as the `Host` header.
	authority: String,
	/// Request path (usually `/`).
	path: String,
	conn: Option<BufReader<TcpStream>>,
	next_id: u64,
}

impl Client {
	/// A client for `url` (`http://host:port[/path]`; `ws://` is accepted too since the node
	/// serves both on one port). Connects at once so that a wrong URL fails early.
	pub fn connect(url: &str) -> Result<Self> {
		let rest = url
			.strip_prefix("http://")
			.or_else(|| url.strip_prefix("ws://"))
			.ok_or_else(|| format!("unsupported URL {url}: use http://host:port (no TLS)"))?;
		let (authority, path) = match rest.find('/') {
			Some(slash) => (&rest[..slash], &rest[slash..]),
			None => (rest, "/"),
		};
		if authority.is_empty() {
			return Err(format!("no host in URL {url}").into());
		}
		let authority =
			if authority.contains(':') { authority.to_string() } else { format!("{authority}:80") };
		let mut client = Client { authority, path: path.to_string(), conn: None, next_id: 1 };
		client.conn = Some(client.open().map_err(|e| format!("cannot connect to {url}: {e}"))?);
		Ok(client)
	}

	fn open(&self) -> io::Result<BufReader<TcpStream>> {
		let stream = TcpStream::connect(&self.authority)?;
		// Requests go out in one write; without NODELAY a small request can wait for the ACK
		// of the previous one (Nagle + delayed ACK), adding ~40 ms per round trip.
		stream.set_nodelay(true)?;
		stream.set_read_timeout(Some(READ_TIMEOUT))?;
		Ok(BufReader::with_capacity(1 << 16, stream))
	}

	/// Calls `method` and returns its result, or the node's error as an [`RpcError`].
	pub fn call(&mut self, method: &str, params: Value) -> Result<Value> {
		let id = self.next_id;
		self.next_id += 1;
		let body = serde_json::to_vec(&json!({
			"jsonrpc": "2.0", "id": id, "method": method, "params": params,
		}))?;
		let mut response: Value = serde_json::from_slice(&self.post(&body)?)
			.map_err(|e| format!("{method}: response is not JSON: {e}"))?;
		outcome(&mut response).map_err(|e| format!("{method}: {e}").into())
	}

	/// Sends `calls` as one batch; the results come back in the order of `calls`. The outer
	/// `Err` is a transport failure or a rejection of the whole batch; the inner ones are the
	/// node's answers to single calls.
	pub fn batch(&mut self, calls: &[(&str, Value)]) -> Result<Vec<Result<Value, RpcError>>> {
		if calls.is_empty() {
			return Ok(Vec::new());
		}
		let first = self.next_id;
		self.next_id += calls.len() as u64;
		let requests: Vec<Value> = calls
			.iter()
			.enumerate()
			.map(|(i, (method, params))| {
				json!({ "jsonrpc": "2.0", "id": first + i as u64, "method": method, "params": params })
			})
			.collect();
		let body = serde_json::to_vec(&requests)?;
		let response: Value = serde_json::from_slice(&self.post(&body)?)
			.map_err(|e| format!("batch response is not JSON: {e}"))?;
		let Value::Array(responses) = response else {
			// A single error object answers a batch the server refused as a whole (too large,
			// too many calls, malformed).
			let mut response = response;
			return Err(match outcome(&mut response) {
				Err(e) => format!("batch of {} calls rejected: {e}", calls.len()).into(),
				Ok(_) => "batch answered by a single result".into(),
			});
		};
		// Responses to a batch may come in any order: match them by id.
		let mut by_id: HashMap<u64, Value> = HashMap::with_capacity(responses.len());
		for response in responses {
			if let Some(id) = response.get("id").and_then(Value::as_u64) {
				by_id.insert(id, response);
			}
		}
		Ok((0..calls.len() as u64)
			.map(|i| match by_id.remove(&(first + i)) {
				Some(mut response) => outcome(&mut response),
				None => Err(RpcError {
					code: -32603,
					message: "no response to this call in the batch".into(),
					data: None,
				}),
			})
			.collect())
	}

	/// POSTs `body` and returns the response body. A connection the server closed while idle
	/// (keep-alive timeout) shows up as a reset or EOF on the next request: reopen once and
	/// resend. Resending a submission is harmless (the pool answers "already imported").
	fn post(&mut self, body: &[u8]) -> Result<Vec<u8>> {
		let mut attempt = 0;
		loop {
			attempt += 1;
			let conn = match self.conn.as_mut() {
				Some(conn) => conn,
				None => self.conn.insert(self.open()?),
			};
			match exchange(conn, &self.authority, &self.path, body) {
				Ok((response, keep_alive)) => {
					if !keep_alive {
						self.conn = None;
					}
					return Ok(response);
				},
				Err(e) => {
					self.conn = None;
					let stale = matches!(
						e.kind(),
						io::ErrorKind::BrokenPipe
							| io::ErrorKind::ConnectionReset
							| io::ErrorKind::ConnectionAborted
							| io::ErrorKind::UnexpectedEof
					);
					if !stale || attempt >= 2 {
						return Err(
							format!("HTTP request to {} failed: {e}", self.authority).into()
						);
					}
				},
			}
		}
	}
}

/// The result of one JSON-RPC response object, or its error.
fn outcome(response: &mut Value) -> Result<Value, RpcError> {
	if let Some(error) = response.get_mut("error") {
		return Err(RpcError {
			code: error.get("code").and_then(Value::as_i64).unwrap_or(0),
			message: error.get("message").and_then(Value::as_str).unwrap_or("").to_string(),
			data: error.get_mut("data").map(Value::take),
		});
	}
	match response.get_mut("result") {
		Some(result) => Ok(result.take()),
		None => Err(RpcError {
			code: -32603,
			message: "response has neither result nor error".into(),
			data: None,
		}),
	}
}

fn invalid(message: String) -> io::Error {
	io::Error::new(io::ErrorKind::InvalidData, message)
}

/// One HTTP/1.1 request and its response on `conn`. Returns the body and whether the
/// connection may be reused.
fn exchange(
	conn: &mut BufReader<TcpStream>,
	authority: &str,
	path: &str,
	body: &[u8],
) -> io::Result<(Vec<u8>, bool)> {
	let head = format!(
		"POST {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\n\
		 Accept: application/json\r\nContent-Length: {}\r\nConnection: keep-alive\r\n\r\n",
		body.len()
	);
	let mut request = Vec::with_capacity(head.len() + body.len());
	request.extend_from_slice(head.as_bytes());
	request.extend_from_slice(body);
	conn.get_mut().write_all(&request)?;

	let mut line = String::new();
	if conn.read_line(&mut line)? == 0 {
		return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "connection closed"));
	}
	let mut status_line = line.split_whitespace();
	let version = status_line.next().unwrap_or("").to_string();
	let status: u16 = status_line
		.next()
		.and_then(|code| code.parse().ok())
		.ok_or_else(|| invalid(format!("bad HTTP status line {:?}", line.trim_end())))?;

	// HTTP/1.1 keeps the connection open unless told otherwise; 1.0 closes it unless asked.
	let mut keep_alive = version == "HTTP/1.1";
	let mut content_length: Option<usize> = None;
	let mut chunked = false;
	loop {
		line.clear();
		if conn.read_line(&mut line)? == 0 {
			return Err(io::Error::new(
				io::ErrorKind::UnexpectedEof,
				"connection closed in headers",
			));
		}
		let header = line.trim_end();
		if header.is_empty() {
			break;
		}
		let Some((name, value)) = header.split_once(':') else { continue };
		let value = value.trim();
		match name.trim().to_ascii_lowercase().as_str() {
			"content-length" => {
				content_length = Some(
					value.parse().map_err(|_| invalid(format!("bad Content-Length {value:?}")))?,
				)
			},
			"transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
			"connection" => match value.to_ascii_lowercase().as_str() {
				"close" => keep_alive = false,
				"keep-alive" => keep_alive = true,
				_ => {},
			},
			_ => {},
		}
	}

	let mut response = Vec::new();
	if chunked {
		loop {
			line.clear();
			conn.read_line(&mut line)?;
			let size = line.trim_end().split(';').next().unwrap_or("");
			let size = usize::from_str_radix(size.trim(), 16)
				.map_err(|_| invalid(format!("bad chunk size {:?}", line.trim_end())))?;
			if size == 0 {
				// Trailers (usually none) end with an empty line.
				loop {
					line.clear();
					if conn.read_line(&mut line)? == 0 || line.trim_end().is_empty() {
						break;
					}
				}
				break;
			}
			let start = response.len();
			response.resize(start + size, 0);
			conn.read_exact(&mut response[start..])?;
			let mut crlf = [0u8; 2];
			conn.read_exact(&mut crlf)?;
		}
	} else if let Some(length) = content_length {
		response.resize(length, 0);
		conn.read_exact(&mut response)?;
	} else {
		// No length: the body runs to the end of the connection.
		conn.read_to_end(&mut response)?;
		keep_alive = false;
	}

	if status != 200 {
		let text = String::from_utf8_lossy(&response);
		return Err(invalid(format!("HTTP {status}: {}", text.trim())));
	}
	Ok((response, keep_alive))
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::{net::TcpListener, thread};

	/// Reads one HTTP request from `reader` and returns its body.
	fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Vec<u8>> {
		let mut line = String::new();
		if reader.read_line(&mut line).ok()? == 0 {
			return None;
		}
		assert!(line.starts_with("POST / HTTP/1.1"), "request line {line:?}");
		let mut length = 0;
		let mut content_type = false;
		loop {
			line.clear();
			reader.read_line(&mut line).unwrap();
			let header = line.trim_end();
			if header.is_empty() {
				break;
			}
			let (name, value) = header.split_once(':').unwrap();
			match name.to_ascii_lowercase().as_str() {
				"content-length" => length = value.trim().parse().unwrap(),
				"content-type" => content_type = value.trim() == "application/json",
				_ => {},
			}
		}
		assert!(content_type, "the node rejects requests without a JSON content type");
		let mut body = vec![0; length];
		reader.read_exact(&mut body).unwrap();
		Some(body)
	}

	/// One connection serves a Content-Length response, then a chunked batch response with
	/// the answers out of order, then a single error: the client keeps the connection alive,
	/// parses both framings and matches batch answers by id.
	#[test]
	fn http_framing_keep_alive_and_batches() {
		let listener = TcpListener::bind("127.0.0.1:0").unwrap();
		let port = listener.local_addr().unwrap().port();
		let server = thread::spawn(move || {
			let (stream, _) = listener.accept().unwrap();
			let mut reader = BufReader::new(stream.try_clone().unwrap());
			let mut writer = stream;

			// 1. A single call, answered with Content-Length.
			let body: Value = serde_json::from_slice(&read_request(&mut reader).unwrap()).unwrap();
			assert_eq!(body["method"], "chain_getBlockHash");
			assert_eq!(body["params"], json!([0]));
			let answer =
				json!({ "jsonrpc": "2.0", "id": body["id"], "result": "0x1234" }).to_string();
			write!(
				writer,
				"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{}",
				answer.len(),
				answer
			)
			.unwrap();

			// 2. A batch of two, answered in reverse order with chunked encoding in two chunks.
			let body: Value = serde_json::from_slice(&read_request(&mut reader).unwrap()).unwrap();
			let calls = body.as_array().unwrap();
			assert_eq!(calls.len(), 2);
			let answer = json!([
				{ "jsonrpc": "2.0", "id": calls[1]["id"], "error": {
					"code": 1016, "message": "Immediately Dropped",
					"data": "The transaction couldn't enter the pool because of the limit" } },
				{ "jsonrpc": "2.0", "id": calls[0]["id"], "result": "0xaa" },
			])
			.to_string();
			let (a, b) = answer.split_at(answer.len() / 2);
			write!(
				writer,
				"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n",
				a.len(),
				b.len()
			)
			.unwrap();

			// 3. A single call answered with an error object.
			let body: Value = serde_json::from_slice(&read_request(&mut reader).unwrap()).unwrap();
			let answer = json!({ "jsonrpc": "2.0", "id": body["id"],
				"error": { "code": -32601, "message": "Method not found" } })
			.to_string();
			write!(writer, "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{}", answer.len(), answer)
				.unwrap();
			// The client must not have opened a second connection for these three requests.
			assert!(read_request(&mut reader).is_none());
		});

		let mut client = Client::connect(&format!("http://127.0.0.1:{port}")).unwrap();
		assert_eq!(client.call("chain_getBlockHash", json!([0])).unwrap(), json!("0x1234"));

		let results = client
			.batch(&[
				("author_submitExtrinsic", json!(["0x01"])),
				("author_submitExtrinsic", json!(["0x02"])),
			])
			.unwrap();
		assert_eq!(results[0], Ok(json!("0xaa")));
		let rejected = results[1].clone().unwrap_err();
		assert_eq!(rejected.code, 1016);
		assert_eq!(
			rejected.reason(),
			"1016 Immediately Dropped: The transaction couldn't enter the pool because of the limit"
		);

		let error = client.call("nope", json!([])).unwrap_err().to_string();
		assert!(error.contains("-32601 Method not found"), "{error}");
		drop(client);
		server.join().unwrap();
	}

	/// A server that closes the idle connection: the client reconnects once and resends.
	#[test]
	fn reconnects_after_the_server_closes_the_connection() {
		let listener = TcpListener::bind("127.0.0.1:0").unwrap();
		let port = listener.local_addr().unwrap().port();
		let server = thread::spawn(move || {
			// The connection made by `connect` is closed without an answer.
			let (first, _) = listener.accept().unwrap();
			drop(first);
			let (stream, _) = listener.accept().unwrap();
			let mut reader = BufReader::new(stream.try_clone().unwrap());
			let body: Value = serde_json::from_slice(&read_request(&mut reader).unwrap()).unwrap();
			let answer = json!({ "jsonrpc": "2.0", "id": body["id"], "result": 7 }).to_string();
			let mut writer = stream;
			write!(
				writer,
				"HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
				answer.len(),
				answer
			)
			.unwrap();
		});
		let mut client = Client::connect(&format!("http://127.0.0.1:{port}/")).unwrap();
		// Let the server close the first connection before the request goes out.
		thread::sleep(Duration::from_millis(100));
		assert_eq!(client.call("system_health", json!([])).unwrap(), json!(7));
		server.join().unwrap();
	}
}
