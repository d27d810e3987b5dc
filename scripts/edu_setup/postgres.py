"""Where Odoo's database lives: an existing PostgreSQL server, or a throw-away cluster
made by Debian's ``pg_virtualenv`` (postgresql-common) for the run's whole command."""

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys

from . import Fatal, say

# Set in the environment of the command pg_virtualenv runs: do not nest another one.
IN_VIRTUALENV = "EDU_PG_VIRTUALENV"


def port_open(host, port, timeout=1.0):
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout):
        return True
    return False


class Postgres:
    """Where Odoo's database lives: host, port and the role Odoo connects as."""

    def __init__(self):
        self.host = "127.0.0.1"
        self.port = 5432
        self.user = "odoo"
        self.password = os.environ.get("PGPASSWORD") or ""

    # connection helpers
    def connect(self, dbname="postgres", user=None):
        import psycopg2

        kwargs = {"dbname": dbname, "user": user or self.user, "host": self.host, "port": self.port}
        if self.password and (user or self.user) == self.user:
            kwargs["password"] = self.password
        conn = psycopg2.connect(connect_timeout=10, **kwargs)
        conn.autocommit = True
        return conn

    def query(self, sql, params=None, dbname="postgres"):
        with contextlib.closing(self.connect(dbname)) as conn, conn.cursor() as cr:
            cr.execute(sql, params)
            return cr.fetchall() if cr.description else None

    def database_exists(self, dbname):
        rows = self.query("SELECT 1 FROM pg_database WHERE datname = %s", [dbname])
        return bool(rows)

    def drop_database(self, dbname):
        from psycopg2 import sql

        with contextlib.closing(self.connect()) as conn, conn.cursor() as cr:
            cr.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname))
            )

    # discovery
    @classmethod
    def find(cls):
        pg = cls()
        if os.environ.get("PGHOST") or os.environ.get("PGPORT"):
            pg.host = os.environ.get("PGHOST") or "127.0.0.1"
            pg.port = int(os.environ.get("PGPORT") or 5432)
            say(f"PostgreSQL from PGHOST/PGPORT: {pg.host}:{pg.port}")
            pg._choose_role()
            return pg
        probe = int(os.environ.get("EDU_PG_PROBE_PORT") or 5432)
        if port_open("127.0.0.1", probe):
            pg.port = probe
            say(f"PostgreSQL found on 127.0.0.1:{probe}")
            pg._choose_role()
            return pg
        start_virtualenv(probe)

    def _choose_role(self):
        import psycopg2

        wanted = os.environ.get("EDU_DB_USER") or os.environ.get("PGUSER") or "odoo"
        if wanted == "postgres":
            say("the role postgres is never used by Odoo: using the role odoo")
            wanted = "odoo"
        self.user = wanted
        try:
            rows = self.query(
                "SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user"
            )
            if not rows[0][0]:
                say(f"WARNING role {wanted} cannot create databases")
            return
        except psycopg2.OperationalError as exc:
            first_error = str(exc).strip()
        if "does not exist" not in first_error and "authentication" not in first_error:
            raise Fatal(f"PostgreSQL {self.host}:{self.port} is unreachable: {first_error}")
        say(f"creating the PostgreSQL role {wanted} (CREATEDB)")
        if self._create_role_as_postgres(wanted):
            return
        raise Fatal(
            f"cannot connect to PostgreSQL {self.host}:{self.port} as {wanted} "
            f"({first_error}) and cannot create that role. Create it with\n"
            f"  sudo -u postgres createuser --createdb {wanted}\n"
            "or set PGUSER/PGPASSWORD (or EDU_DB_USER) to a role that can create "
            "databases."
        )

    def _create_role_as_postgres(self, role):
        import psycopg2
        from psycopg2 import sql

        # pg_virtualenv's clusters authenticate TCP logins by password: the new role
        # gets the one of the environment (PGPASSWORD), which Odoo's configuration has.
        statement = sql.SQL("CREATE ROLE {} LOGIN CREATEDB").format(sql.Identifier(role))
        if self.password:
            statement += sql.SQL(" PASSWORD {}").format(sql.Literal(self.password))
        try:
            with contextlib.closing(self.connect(user="postgres")) as conn:
                with conn.cursor() as cr:
                    cr.execute(statement)
            return True
        except psycopg2.Error:
            pass
        # Local server with peer authentication: run psql as the postgres OS user.
        if os.geteuid() == 0 and shutil.which("runuser") and shutil.which("psql"):
            if re.fullmatch(r"\w+", role):
                text = f'CREATE ROLE "{role}" LOGIN CREATEDB'
                result = subprocess.run(
                    [
                        "runuser",
                        "-u",
                        "postgres",
                        "--",
                        "psql",
                        "-p",
                        str(self.port),
                        "-c",
                        text,
                    ],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if result.returncode == 0:
                    return True
        return False


def start_virtualenv(probe):
    """Run this whole command again inside ``pg_virtualenv``: a throw-away cluster that
    lives as long as the command, reached through PGHOST/PGPORT/PGUSER/PGPASSWORD."""
    if os.environ.get(IN_VIRTUALENV):
        raise Fatal("pg_virtualenv started no PostgreSQL server reachable through PGHOST/PGPORT")
    if not shutil.which("pg_virtualenv"):
        raise Fatal(
            f"No PostgreSQL server reachable (PGHOST/PGPORT unset, nothing on 127.0.0.1:{probe}) "
            "and no pg_virtualenv to start a throw-away one. Install PostgreSQL (Debian: "
            "apt-get install postgresql postgresql-common) or point PGHOST/PGPORT at a server."
        )
    say(f"no PostgreSQL on 127.0.0.1:{probe}: running this command inside pg_virtualenv")
    os.environ[IN_VIRTUALENV] = "1"
    command = ["pg_virtualenv", "-o", "synchronous_commit=off", sys.executable, *sys.argv]
    sys.stdout.flush()
    os.execvp(command[0], command)
