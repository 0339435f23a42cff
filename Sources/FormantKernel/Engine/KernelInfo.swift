/// Who the kernel is and what language it runs, for `kernel_info_reply`.
public struct KernelInfo: Equatable, Sendable {
    /// The kernel implementation's name (`formant`).
    public var implementation: String
    /// The kernel implementation's version.
    public var implementationVersion: String
    /// The language's description for frontends.
    public var language: LanguageInfo
    /// Text shown by consoles on start.
    public var banner: String
    /// Documentation links shown in a notebook's help menu.
    public var helpLinks: [HelpLink]

    /// Kernel information from its parts.
    public init(
        implementation: String, implementationVersion: String, language: LanguageInfo, banner: String,
        helpLinks: [HelpLink] = []
    ) {
        self.implementation = implementation
        self.implementationVersion = implementationVersion
        self.language = language
        self.banner = banner
        self.helpLinks = helpLinks
    }
}

/// The `language_info` of `kernel_info_reply`: how frontends highlight and save cells.
public struct LanguageInfo: Equatable, Sendable {
    /// The language's name (`swift`).
    public var name: String
    /// The language version the syntax follows.
    public var version: String
    /// The MIME type of a cell's source (`text/x-swift`).
    public var mimetype: String
    /// The extension of exported scripts, with its dot (`.swift`).
    public var fileExtension: String
    /// The Pygments lexer nbconvert highlights with.
    public var pygmentsLexer: String
    /// The CodeMirror mode notebooks highlight with.
    public var codemirrorMode: String

    /// Language information from its parts.
    public init(
        name: String, version: String, mimetype: String, fileExtension: String, pygmentsLexer: String,
        codemirrorMode: String
    ) {
        self.name = name
        self.version = version
        self.mimetype = mimetype
        self.fileExtension = fileExtension
        self.pygmentsLexer = pygmentsLexer
        self.codemirrorMode = codemirrorMode
    }
}

/// A link in the frontend's help menu.
public struct HelpLink: Equatable, Sendable {
    /// The link's title.
    public var text: String
    /// The link's address.
    public var url: String

    /// A link titled `text` to `url`.
    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}
