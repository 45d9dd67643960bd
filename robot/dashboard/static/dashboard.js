// Seek the call's recording: any element with data-seek="SECONDS" plays from that moment.
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-seek]");
  var player = document.getElementById("player");
  if (!target || !player) return;
  var seconds = parseFloat(target.getAttribute("data-seek"));
  if (isNaN(seconds)) return;
  player.currentTime = seconds;
  var playing = player.play();
  if (playing && playing.catch) playing.catch(function () {});
});
