// Clicking a speaker in an article's list shows that speaker's marks only;
// clicking it again shows all.
document.addEventListener("click", function (e) {
  var b = e.target.closest ? e.target.closest("button.who") : null;
  if (!b) return;
  var art = b.closest(".art"), si = b.getAttribute("data-si");
  var on = b.getAttribute("aria-pressed") !== "true";
  art.querySelectorAll("button.who").forEach(function (x) { x.setAttribute("aria-pressed", "false"); });
  b.setAttribute("aria-pressed", on ? "true" : "false");
  art.querySelectorAll(".text [data-kind]").forEach(function (el) {
    el.classList.toggle("off", on && el.getAttribute("data-si") !== si);
  });
});
