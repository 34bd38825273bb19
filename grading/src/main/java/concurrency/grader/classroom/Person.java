package concurrency.grader.classroom;

/** Someone a submission belongs to: a group submission has several. The email is empty when nobody said it. */
public record Person(String name, String email) {
    public Person {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }
}
