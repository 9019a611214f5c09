//! The per-capability listings the routing query reads.

use crate::*;

impl<T: Config> Pallet<T> {
	/// List capability `index` of agent `id` (stored by the caller) with `score`. When the
	/// capability's listing is full, the agent takes the place of the lowest-scored listed
	/// agent (the most recently registered among equals) if it scored strictly higher; the
	/// displaced agent is unlisted. Returns whether the agent is listed.
	pub(crate) fn list(id: AgentId, agent: &mut AgentOf<T>, index: usize, score: u32) -> bool {
		let Some(capability) = agent.capabilities.get_mut(index) else { return false };
		let tag = capability.tag.clone();
		let mut displaced = None;
		let listed = Listed::<T>::mutate(&tag, |entries| {
			if let Some(entry) = entries.iter_mut().find(|(agent, _)| *agent == id) {
				entry.1 = score;
				return true;
			}
			if entries.try_push((id, score)).is_ok() {
				return true;
			}
			let lowest = entries
				.iter_mut()
				.min_by_key(|(agent, score)| (*score, core::cmp::Reverse(*agent)));
			match lowest {
				Some(entry) if entry.1 < score => {
					displaced = Some(*entry);
					*entry = (id, score);
					true
				},
				_ => false,
			}
		});
		capability.listed = listed;
		if let Some((other, other_score)) = displaced {
			Agents::<T>::mutate(other, |maybe| {
				let Some(other_agent) = maybe else { return };
				if let Some(state) = other_agent.capabilities.iter_mut().find(|c| c.tag == tag) {
					state.listed = false;
				}
			});
			Self::deposit_event(Event::CapabilityUnlisted {
				agent: other,
				capability: tag,
				score: Some(other_score),
			});
		}
		listed
	}

	/// Unlist capability `index` of agent `id` (stored by the caller). Returns whether it was
	/// listed.
	pub(crate) fn unlist(id: AgentId, agent: &mut AgentOf<T>, index: usize) -> bool {
		let Some(capability) = agent.capabilities.get_mut(index) else { return false };
		let was_listed = capability.listed;
		if was_listed {
			Listed::<T>::mutate_exists(&capability.tag, |maybe| {
				if let Some(entries) = maybe {
					entries.retain(|(agent, _)| *agent != id);
					if entries.is_empty() {
						*maybe = None;
					}
				}
			});
			capability.listed = false;
		}
		was_listed
	}

	/// Unlist every capability of agent `id` (stored by the caller), with an event for each
	/// that was listed.
	pub(crate) fn unlist_all(id: AgentId, agent: &mut AgentOf<T>) {
		for index in 0..agent.capabilities.len() {
			if !Self::unlist(id, agent, index) {
				continue;
			}
			if let Some(capability) = agent.capabilities.get(index) {
				Self::deposit_event(Event::CapabilityUnlisted {
					agent: id,
					capability: capability.tag.clone(),
					score: capability.score,
				});
			}
		}
	}
}
