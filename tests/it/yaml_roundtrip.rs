//! Property tests for the YAML layer: strings that look like other types survive emit → parse.
//! Malformed and hostile YAML is the bad-input suite's (`bad_input`), through every command.

use proptest::prelude::*;
use sailctl::yaml;
use serde_json::{Value, json};

/// Strings YAML 1.1/1.2 would read as something else unless quoted.
fn tricky() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "on",
            "off",
            "yes",
            "no",
            "y",
            "n",
            "Y",
            "N",
            "true",
            "False",
            "TRUE",
            "null",
            "Null",
            "~",
            "",
            " ",
            "0755",
            "0o17",
            "0x1F",
            "1e3",
            "1E3",
            "-1.5",
            ".5",
            "+1",
            "1_000",
            ".inf",
            "-.Inf",
            ".nan",
            "12:30",
            "2001-12-14",
            "- item",
            "key: value",
            "#comment",
            "&anchor",
            "*alias",
            "!tag",
            "%dir",
            "@at",
            "`tick",
            "a\nb",
            "trailing ",
            " leading",
            "\"quoted\"",
            "'single'",
            "{flow}",
            "[seq]",
            "---",
            "...",
            "|",
            ">",
        ])
        .prop_map(String::from),
        "[ -~]{0,24}",
        "[0-9.eE+-]{1,8}",
        "\\PC{0,12}",
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        tricky().prop_map(Value::String),
        any::<i32>().prop_map(|i| json!(i)),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,6}|on|yes|null|1", inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn strings_round_trip(s in tricky()) {
        let v = json!({ "k": s, "list": [s.clone()] });
        let text = yaml::to_string(&v);
        let back = yaml::parse_single("rt.yaml", &text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(back, v, "emitted:\n{}", text);
    }

    #[test]
    fn documents_round_trip(v in value()) {
        let doc = json!({ "root": v });
        let text = yaml::emit_stream([&doc, &doc]);
        let docs = yaml::parse_stream("rt.yaml", &text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(docs.len(), 2);
        prop_assert_eq!(&docs[0].value, &doc);
        prop_assert_eq!(&docs[1].value, &doc);
    }
}

#[test]
fn untouched_documents_keep_their_exact_text() {
    let text = "# keep me\napiVersion: v1\nkind: Service   # odd spacing\nmetadata: {name: x}\n---\nkind: B\n";
    let docs = yaml::parse_stream("f.yaml", text).unwrap();
    assert_eq!(
        docs[0].text,
        "# keep me\napiVersion: v1\nkind: Service   # odd spacing\nmetadata: {name: x}\n"
    );
    assert_eq!(docs[1].text, "kind: B\n");
    assert_eq!(docs[1].line, 6);
}
