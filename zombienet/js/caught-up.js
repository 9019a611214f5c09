// Returns 1 once this node's finalized head reaches the finalized head that `args[0]` (a
// healthy node) had when the check started: the restarted node caught up.
const { connect, finalizedNumber, waitFor } = require('./lib');

async function run(nodeName, networkInfo, args) {
	const reference = args[0] ?? 'alice';
	const connections = await Promise.allSettled([
		connect(networkInfo.nodesByName[nodeName].wsUri),
		connect(networkInfo.nodesByName[reference].wsUri),
	]);
	const failed = connections.find(({ status }) => status === 'rejected');
	if (failed) {
		await Promise.all(connections.filter(({ status }) => status === 'fulfilled').map(({ value }) => value.disconnect()));
		throw failed.reason;
	}
	const [self, healthy] = connections.map(({ value }) => value);
	try {
		const target = await finalizedNumber(healthy);
		await waitFor(`${nodeName} to finalize #${target} like ${reference}`, async () => (await finalizedNumber(self)) >= target, {
			timeoutMs: 170_000,
		});
		console.log(`${nodeName}: caught up with ${reference} at finalized #${target}`);
		return 1;
	} finally {
		await Promise.all([self.disconnect(), healthy.disconnect()]);
	}
}

module.exports = { run };
