// The search box: a PrimeFaces autocomplete inside a plain GET form.
// - The autocomplete names its text input "q_input"; the results page's address reads "q".
// - Enter always searches: on a highlighted suggestion it searches for that suggestion, otherwise
//   for what was typed (the autocomplete alone swallows Enter while its list is open or a query is
//   pending, which left keyboard users on the page).
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.search-form').forEach(function (form) {
        var input = form.querySelector('input[name="q_input"]');
        if (!input) {
            return;
        }
        input.setAttribute('name', 'q');
        form.addEventListener('keydown', function (event) {
            if (event.key !== 'Enter' || event.target !== input) {
                return;
            }
            var panel = document.getElementById(input.id.replace(/_input$/, '_panel'));
            var highlighted = panel && panel.offsetParent !== null ? panel.querySelector('.ui-autocomplete-item.ui-state-highlight') : null;
            if (highlighted && highlighted.getAttribute('data-item-label')) {
                input.value = highlighted.getAttribute('data-item-label');
            }
            event.preventDefault();
            event.stopPropagation();
            if (form.requestSubmit) {
                form.requestSubmit();
            } else {
                form.submit();
            }
        }, true);
    });
});
