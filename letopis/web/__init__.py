"""The explorer: a JSON API (``/api/...``, OpenAPI at ``/docs``) and server-rendered pages over the store.

Every page and its API twin come from one data function of ``letopis.web.views``; every URL is built by
``letopis.web.urls``; every error is one envelope (``letopis.web.errors``)::

    from letopis.web.app import create_app
    app = create_app(Settings.load(db="letopis.db"))      # then: uvicorn.run(app)

Modules: ``settings`` (what the server reads from the environment), ``urls``, ``errors``, ``params`` (query
parameters shared by a page and its twin), ``views`` (the data functions), ``facets``, ``markup`` (an
article's layers as HTML), ``api`` and ``pages`` (the two routers), ``app``, ``commands`` (``letopis serve``),
``demo`` (the demo corpus).
"""
