// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the sync: jobs 0 … n−1 run by a few helper threads as soon as each one's input is ready,
// and waited for one by one by the thread that owns them (recordpass.cpp verifies entries while the
// logs of later ones are still being read, and stores them in order while later ones are verified).
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace carnet::core::sync::detail {

class WorkQueue
{
public:
    /** `jobs` jobs, job i being `run(i)`, on `threads` helper threads (0: each runs inside wait()).
     *  `run` must be safe on any thread and for different jobs at once. */
    WorkQueue(std::size_t jobs, std::size_t threads, std::function<void(std::size_t)> run);
    /** Drops the jobs not started, waits for those running. */
    ~WorkQueue();
    WorkQueue(const WorkQueue &) = delete;
    WorkQueue &operator=(const WorkQueue &) = delete;

    /** Job `i` may run from now on. Each job is submitted once. */
    void submit(std::size_t i);
    /** Returns once job `i` (submitted before) has run; meanwhile the caller runs queued jobs itself. */
    void wait(std::size_t i);

    /** Helper threads for this machine: one per core. The owner's thread mostly waits (for a node's
     *  answer, for the vault) and helps only while it waits for a job. */
    static std::size_t helpersForThisMachine();

private:
    void help();
    /** Runs the front job; called with `lock` held, returns with it held. */
    void runFront(std::unique_lock<std::mutex> &lock);

    std::function<void(std::size_t)> m_run;
    std::mutex m_mutex;
    std::condition_variable m_queued;   // a job was submitted, or the queue is stopping
    std::condition_variable m_finished; // a job has run
    std::deque<std::size_t> m_queue;
    std::vector<char> m_done;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace carnet::core::sync::detail
