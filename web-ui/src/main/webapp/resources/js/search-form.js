// The autocomplete names its text input "q_input"; the results page's address reads "q".
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.search-form input[name="q_input"]').forEach(function (input) {
        input.setAttribute('name', 'q');
    });
});
