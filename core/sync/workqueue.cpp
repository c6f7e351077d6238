// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/workqueue.h"

#include <QThread>

#include <algorithm>

namespace carnet::core::sync::detail {

WorkQueue::WorkQueue(std::size_t jobs, std::size_t threads, std::function<void(std::size_t)> run)
    : m_run(std::move(run)), m_done(jobs, 0)
{
    m_threads.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t)
        m_threads.emplace_back([this] { help(); });
}

WorkQueue::~WorkQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_queued.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

std::size_t WorkQueue::helpersForThisMachine()
{
    return static_cast<std::size_t>(std::clamp(QThread::idealThreadCount(), 1, 8));
}

void WorkQueue::submit(std::size_t i)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(i);
    }
    m_queued.notify_one();
}

void WorkQueue::runFront(std::unique_lock<std::mutex> &lock)
{
    const std::size_t job = m_queue.front();
    m_queue.pop_front();
    lock.unlock();
    m_run(job);
    lock.lock();
    m_done[job] = 1;
    m_finished.notify_all();
}

void WorkQueue::wait(std::size_t i)
{
    std::unique_lock lock(m_mutex);
    while (!m_done[i]) {
        if (!m_queue.empty())
            runFront(lock);
        else
            m_finished.wait(lock);
    }
}

void WorkQueue::help()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_queued.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        runFront(lock);
    }
}

} // namespace carnet::core::sync::detail
