/*
 * The lesson player of /mypage/learn: reports every stretch of the video that was played without
 * seeking (from, to, duration, position) through the page's remote command reportPlayed, at least
 * every 10 seconds of playing, on pause, on seeking and at the end. The server decides what counts
 * as watched; this script only says what was played. It resumes where the learner left off.
 */
(function () {
    'use strict';
    function init() {
        var video = document.getElementById('lessonVideo');
        if (!video || typeof window.reportPlayed !== 'function') {
            return;
        }
        var resume = parseFloat(video.getAttribute('data-resume') || '0');
        var start = null;
        var last = 0;
        function send(from, to) {
            if (!isFinite(video.duration) || !(video.duration > 0)) {
                return;
            }
            window.reportPlayed([
                {name: 'from', value: from.toFixed(3)},
                {name: 'to', value: to.toFixed(3)},
                {name: 'duration', value: video.duration.toFixed(3)},
                {name: 'position', value: video.currentTime.toFixed(3)}
            ]);
        }
        function flush(to) {
            if (start !== null && to > start) {
                send(start, to);
                start = to;
            }
        }
        video.addEventListener('loadedmetadata', function () {
            if (resume > 0 && resume < video.duration - 1) {
                video.currentTime = resume;
            }
        });
        video.addEventListener('playing', function () {
            start = video.currentTime;
            last = start;
        });
        video.addEventListener('timeupdate', function () {
            if (start !== null && !video.seeking) {
                last = video.currentTime;
                if (last - start >= 10) {
                    flush(last);
                }
            }
        });
        video.addEventListener('seeking', function () {
            flush(last);
            start = null;
        });
        video.addEventListener('seeked', function () {
            last = video.currentTime;
            if (!video.paused) {
                start = last;
            } else {
                send(last, last);
            }
        });
        video.addEventListener('pause', function () {
            flush(video.ended ? video.duration : video.currentTime);
            start = null;
        });
        video.addEventListener('ended', function () {
            flush(video.duration);
            start = null;
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
